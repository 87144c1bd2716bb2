package de.aufnahmelotse.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import de.aufnahmelotse.advice.AdviceResponse;
import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.catalog.Catalog;
import de.aufnahmelotse.catalog.Localized;
import de.aufnahmelotse.catalog.ProgramEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Several programs word the question for the same field differently (project.durationMonths in AMIF, BAMF-BGZ and
 * HE-KIV): each program asks in its own words, and a program without its own wording gets the same text in every
 * JVM (the catalog's program map iterates in a per-JVM hash order, so "the first program that words it" must not
 * come from there).
 */
class QuestionWordingTest {

    @Test
    void every_program_asks_for_a_field_in_its_own_words_where_it_has_them() {
        Catalog catalog = Scenarios.ruleSet().catalog();
        Map<String, Set<String>> wordings = new HashMap<>();
        for (ProgramEntry p : catalog.programs()) {
            p.questions().forEach((field, q) -> wordings.computeIfAbsent(field, f -> new HashSet<>()).add(q.in("de")));
        }
        AdviceService service = Scenarios.service();
        int ownWordingOfAContestedField = 0;
        List<String> wrong = new ArrayList<>();
        for (Scenarios.Case c : Scenarios.cases()) {
            for (String lang : List.of("de", "en")) {
                AdviceResponse r = service.advise(Scenarios.parser().parse(c.request(), lang),
                        new AdviceService.Options(lang, true, false));
                for (AdviceResponse.ProgramResult program : r.programs()) {
                    ProgramEntry p = catalog.program(program.id()).orElseThrow();
                    for (AdviceResponse.MissingResult m : program.missing()) {
                        Localized own = p.questions().get(m.field());
                        if (own == null) {
                            assertThat(m.question()).isEqualTo(catalog.question(p, m.field()).in(lang));
                            continue;
                        }
                        if (!own.in(lang).equals(m.question())) {
                            wrong.add(c + " " + p.id() + " " + m.field());
                        }
                        if (wordings.get(m.field()).size() > 1) {
                            ownWordingOfAContestedField++;
                        }
                    }
                }
            }
        }
        assertThat(wrong).as("questions not in the asking program's own words").isEmpty();
        assertThat(ownWordingOfAContestedField).as("checks on fields worded differently by several programs")
                .isGreaterThan(10);
    }
}

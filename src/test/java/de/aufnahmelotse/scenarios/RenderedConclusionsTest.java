package de.aufnahmelotse.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.aufnahmelotse.advice.AdviceResponse;
import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.http.WebApp;
import de.aufnahmelotse.ruleset.RuleSetHolder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kept renderings change nothing: every scenario answer (both languages, all programs) from a service that has
 * already rendered every scenario twice equals the answer of a new service that renders everything anew.
 */
class RenderedConclusionsTest {

    @Test
    void every_scenario_answer_is_the_same_with_texts_kept_from_earlier_requests_as_rendered_anew() {
        RuleSetHolder rules = new RuleSetHolder(Scenarios.ruleSet());
        AdviceService seasoned = new AdviceService(rules, Scenarios.CLOCK);
        List<Scenarios.Case> cases = Scenarios.cases();
        for (int pass = 0; pass < 2; pass++) {
            for (Scenarios.Case c : cases) {
                advise(seasoned, c, "de");
                advise(seasoned, c, "en");
            }
        }
        List<String> differing = new ArrayList<>();
        for (Scenarios.Case c : cases) {
            for (String lang : List.of("de", "en")) {
                JsonNode anew = advise(new AdviceService(rules, Scenarios.CLOCK), c, lang);
                if (!advise(seasoned, c, lang).equals(anew)) {
                    differing.add(c + " (" + lang + ")");
                }
            }
        }
        assertThat(differing).as("answers that differ when texts are kept").isEmpty();
    }

    @Test
    void the_same_conclusions_on_the_same_day_give_the_same_program_results_and_another_language_does_not() {
        AdviceService service = new AdviceService(new RuleSetHolder(Scenarios.ruleSet()), Scenarios.CLOCK);
        Scenarios.Case c = Scenarios.cases().get(0);
        AdviceService.Options all = new AdviceService.Options("de", true, false);
        AdviceResponse first = service.advise(Scenarios.parser().parse(c.request(), "de"), all);
        AdviceResponse again = service.advise(Scenarios.parser().parse(c.request(), "de"), all);
        AdviceResponse english = service.advise(Scenarios.parser().parse(c.request(), "en"),
                new AdviceService.Options("en", true, false));
        assertThat(again.programs()).hasSameSizeAs(first.programs());
        // kept: the very same instances (the JSON writer keeps their text by identity)
        for (int i = 0; i < first.programs().size(); i++) {
            assertThat(again.programs().get(i)).isSameAs(first.programs().get(i));
        }
        // another language is another result
        assertThat(english.programs().get(0)).isNotSameAs(first.programs().get(0));
        assertThat(english.programs().get(0).verification()).isNotEqualTo(first.programs().get(0).verification());
    }

    private static JsonNode advise(AdviceService service, Scenarios.Case c, String lang) {
        AdviceResponse r = service.advise(Scenarios.parser().parse(c.request(), lang),
                new AdviceService.Options(lang, true, false));
        ObjectNode json = WebApp.objectMapper().valueToTree(r);
        json.remove("trace");
        return json;
    }
}

package de.aufnahmelotse.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.aufnahmelotse.advice.AdviceRequest;
import de.aufnahmelotse.advice.AdviceResponse;
import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.facts.Enums.ProgramStatus;
import de.aufnahmelotse.facts.Municipality;
import de.aufnahmelotse.http.WebApp;
import de.aufnahmelotse.municipalities.MunicipalityDirectory;
import de.aufnahmelotse.municipalities.MunicipalityEntry;
import de.aufnahmelotse.municipalities.SharedData;
import de.aufnahmelotse.ruleset.RuleSetHolder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A reused session (the default path) must conclude exactly what a fresh session concludes for the same request,
 * whatever requests it evaluated before. The fresh path is the one the scenario tests check (they ask for a trace).
 */
class IncrementalEvaluationTest {
    private static final int SAMPLE_EVERY = 5;

    @Test
    void every_scenario_gives_the_same_advice_in_a_reused_session_as_in_a_fresh_one_in_any_order() {
        AdviceService service = Scenarios.service();
        List<Scenarios.Case> cases = Scenarios.cases();
        Map<Scenarios.Case, JsonNode> fresh = new LinkedHashMap<>();
        for (Scenarios.Case c : cases) {
            AdviceResponse r = advise(service, c, true);
            assertThat(r.trace().incremental()).isFalse();
            fresh.put(c, withoutTrace(r));
        }
        List<Scenarios.Case> reversed = new ArrayList<>(cases);
        Collections.reverse(reversed);
        List<Scenarios.Case> shuffled = new ArrayList<>(cases);
        Collections.shuffle(shuffled, new Random(20261124L));
        List<String> differing = new ArrayList<>();
        for (List<Scenarios.Case> order : List.of(cases, reversed, shuffled)) {
            for (Scenarios.Case c : order) {
                AdviceResponse r = advise(service, c, false);
                assertThat(r.trace().incremental()).isTrue();
                assertThat(r.trace().rules()).isNull();
                if (!withoutTrace(r).equals(fresh.get(c))) {
                    differing.add(c.toString());
                }
            }
        }
        assertThat(differing).as("scenarios whose advice in a reused session differs from a fresh one").isEmpty();
        var stats = service.ruleSet().engine().sessionStats();
        assertThat(stats.reused()).isGreaterThan(cases.size());
        // both ways a session is reused: by a request of the Land it last evaluated, and morphed to another Land
        assertThat(stats.reusedSameAffinity()).isPositive();
        assertThat(stats.reused() - stats.reusedSameAffinity()).isPositive();
    }

    @Test
    void screening_every_inhabited_municipality_in_reused_sessions_matches_fresh_evaluations() {
        MunicipalityDirectory directory = SharedData.directory();
        AdviceService service = new AdviceService(new RuleSetHolder(Scenarios.ruleSet()), Scenarios.CLOCK,
                directory);
        LocalDate asOf = LocalDate.of(2024, 5, 1);
        List<MunicipalityEntry> inhabited = directory.all().stream().filter(MunicipalityEntry::inhabited).toList();
        assertThat(inhabited).hasSize(10_796);
        List<String> differing = new ArrayList<>();
        int compared = 0;
        for (int i = 0; i < inhabited.size(); i++) {
            AdviceService.Screening reused = service.screen(request(inhabited.get(i), asOf));
            if (i % SAMPLE_EVERY != 0) {
                continue;
            }
            AdviceResponse fresh = service.advise(request(inhabited.get(i), asOf),
                    new AdviceService.Options("de", true, true));
            Map<String, ProgramStatus> freshStatuses = new LinkedHashMap<>();
            reused.statuses().keySet().forEach(p -> freshStatuses.put(p, ProgramStatus.NEEDS_INFO));
            fresh.programs().forEach(p -> freshStatuses.put(p.id(), p.status()));
            Map<String, String> freshDerived = new LinkedHashMap<>();
            fresh.derived().stream().filter(d -> d.householdId() == null)
                    .forEach(d -> freshDerived.put(d.name(), d.value()));
            if (!freshStatuses.equals(reused.statuses()) || !freshDerived.equals(reused.derived())) {
                differing.add(inhabited.get(i).ags() + " " + inhabited.get(i).name());
            }
            compared++;
        }
        assertThat(compared).isGreaterThan(2_000);
        assertThat(differing).as("municipalities screened differently in a reused session").isEmpty();
    }

    private static AdviceRequest request(MunicipalityEntry e, LocalDate asOf) {
        Municipality m = new Municipality();
        m.setAgs(e.ags());
        return new AdviceRequest(asOf, m, null, List.of(), null);
    }

    private static AdviceResponse advise(AdviceService service, Scenarios.Case c, boolean trace) {
        String lang = c.expect().path("language").asText("de");
        return service.advise(Scenarios.parser().parse(c.request(), lang),
                new AdviceService.Options(lang, true, trace));
    }

    private static JsonNode withoutTrace(AdviceResponse r) {
        ObjectNode json = WebApp.objectMapper().valueToTree(r);
        json.remove("trace");
        return json;
    }
}

package de.aufnahmelotse.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import de.aufnahmelotse.engine.RuleInfo;
import de.aufnahmelotse.http.WebApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs rules/matching/matching.scenarios.yaml against the real matching rules, and checks their coverage. */
class MatchingScenarioTest {
    static final Path RULES = Path.of("rules");
    private static MatchingRules rules;
    private static final Set<String> FIRED = new TreeSet<>();
    private static final Set<String> TEXTS = new TreeSet<>();

    @BeforeAll
    static void load() {
        rules = MatchingRules.load(RULES);
    }

    static List<JsonNode> cases() throws Exception {
        JsonNode root = new ObjectMapper(new YAMLFactory())
                .readTree(Files.readString(RULES.resolve("matching/matching.scenarios.yaml")));
        List<JsonNode> out = new ArrayList<>();
        root.path("cases").forEach(out::add);
        return out;
    }

    static Cohort cohort(JsonNode c) throws Exception {
        ObjectMapper json = WebApp.objectMapper()
                .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        MatchRequest request = json.treeToValue(c, MatchRequest.class);
        Map<String, Integer> degurba = new HashMap<>();
        c.path("degreeOfUrbanisation").fields().forEachRemaining(e -> degurba.put(e.getKey(), e.getValue().asInt()));
        Map<String, Integer> byAgs = new HashMap<>();
        request.pledges().forEach(p -> {
            if (p.ags() != null && degurba.containsKey(p.id())) {
                byAgs.put(p.ags(), degurba.get(p.id()));
            }
        });
        return new Cohort(rules, request, LocalDate.parse(c.path("asOf").asText()), byAgs::get);
    }

    @TestFactory
    List<DynamicTest> scenarios() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : cases()) {
            tests.add(DynamicTest.dynamicTest(c.path("name").asText(), () -> {
                Cohort cohort = cohort(c);
                FIRED.addAll(cohort.classification().firedRules());
                for (int h = 0; h < cohort.households.size(); h++) {
                    for (int p = 0; p < cohort.pledges.size(); p++) {
                        cohort.pairs().judge(h, p).forEach(j -> TEXTS.add(j.requirement().criterion() + "."
                                + j.status()));
                    }
                }
                for (JsonNode e : c.path("expect")) {
                    int h = cohort.household(e.path("household").asText());
                    int p = cohort.pledge(e.path("pledge").asText());
                    String pair = e.path("household").asText() + " @ " + e.path("pledge").asText();
                    Map<String, String> actual = new LinkedHashMap<>();
                    cohort.pairs().judge(h, p).forEach(j -> actual.put(j.requirement().criterion(),
                            j.status().name()));
                    e.path("criteria").fields().forEachRemaining(x -> assertThat(actual.get(x.getKey()))
                            .as(pair + " " + x.getKey()).isEqualTo(x.getValue().asText()));
                    if (e.has("feasible")) {
                        assertThat(cohort.pairs().feasible(h, p)).as(pair + " feasible")
                                .isEqualTo(e.path("feasible").asBoolean());
                    }
                    if (e.has("fit")) {
                        assertThat(cohort.pairs().fit(h, p)).as(pair + " fit").isEqualTo(e.path("fit").asInt());
                    }
                }
            }));
        }
        return tests;
    }

    @AfterAll
    static void everyRuleFiresAndEveryTextIsProduced() {
        Set<String> rulesNeverFired = new HashSet<>();
        for (RuleInfo r : rules.rules()) {
            if (!FIRED.contains(r.name())) {
                rulesNeverFired.add(r.name());
            }
        }
        assertThat(rulesNeverFired).as("matching rules that never fire in matching.scenarios.yaml").isEmpty();
        Set<String> textsNeverProduced = new TreeSet<>();
        rules.texts().forEach((criterion, byStatus) -> byStatus.keySet().forEach(status -> {
            if (!TEXTS.contains(criterion + "." + status)) {
                textsNeverProduced.add(criterion + "." + status);
            }
        }));
        assertThat(textsNeverProduced).as("criteria.yaml texts never produced").isEmpty();
        Set<String> withoutText = new TreeSet<>();
        TEXTS.forEach(t -> {
            int dot = t.lastIndexOf('.');
            if (rules.text(t.substring(0, dot), t.substring(dot + 1), "de") == null) {
                withoutText.add(t);
            }
        });
        assertThat(withoutText).as("concluded outcomes without a text in criteria.yaml").isEmpty();
    }

    @Test
    void the_program_rule_base_leaves_the_matching_rules_out() {
        assertThat(de.aufnahmelotse.engine.RuleBaseLoader.drlFiles(RULES))
                .noneMatch(p -> p.startsWith(RULES.resolve("matching")));
        assertThat(rules.rules()).allSatisfy(r -> assertThat(r.path()).startsWith("matching/"));
    }
}

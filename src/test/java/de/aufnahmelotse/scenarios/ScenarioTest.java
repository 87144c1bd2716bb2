package de.aufnahmelotse.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.aufnahmelotse.advice.AdviceResponse;
import de.aufnahmelotse.advice.AdviceResponse.ProgramResult;
import de.aufnahmelotse.advice.AdviceService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of every scenario file through the real rules and checks the expected result:
 * <pre>
 * expect:
 *   DE-NEST:                              # a program
 *     status: NEEDS_INFO
 *     availability: OPEN                  # status of the covering catalog period
 *     listed: true                        # shown without include=all
 *     criteria: {nest.group-size: MET, resettlement.location@h1: NOT_MET}   # the named ones
 *     missing: [sponsorGroup.rentLimitEur]                                   # exactly these questions
 *     obligations: {nest.rent: 5760, nest.mentoring: null}                  # exactly these, with amounts
 *     funding: {leader.rates-bavaria: 50, funding.grant: 80000}            # exactly these terms: amount, else rate
 *     steps: [nest.form-group, ...]                                         # exactly these steps
 *   households: {h1: {DE-RESETTLEMENT: ELIGIBLE}}
 *   derived: {sizeClass: LANDGEMEINDE, withMinors@h1: "true", sizeClass: null}  # null: not derived
 *   texts: ["Nettokaltmiete für 12 Monate"]                                 # substrings of the rendered JSON
 *   recommendations: [concept.mobility, intake.guideline]                   # exactly these recommendation ids
 *   experiences: [golzow]                                                   # exactly these experience ids
 *   assumptions: {project.applicantType: MUNICIPALITY}                      # exactly these assumed fields
 *   assumptions: {project.applicantType: {value: MUNICIPALITY, relying: [DE-JMD], notRelying: [NW-KI]}}
 * </pre>
 */
class ScenarioTest {

    @TestFactory
    Stream<DynamicTest> every_scenario_case_gives_its_expected_result() {
        AdviceService service = Scenarios.service();
        return Scenarios.cases().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> check(c, service)));
    }

    static void check(Scenarios.Case c, AdviceService service) throws Exception {
        AdviceResponse response = Scenarios.evaluate(c, service);
        Map<String, ProgramResult> programs = new HashMap<>();
        response.programs().forEach(p -> programs.put(p.id(), p));
        List<String> failures = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = c.expect().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode want = e.getValue();
            switch (key) {
                case "language" -> { }
                case "recommendations" -> compareIds("recommendations", want,
                        response.recommendations().stream().map(r -> r.id()).toList(), failures);
                case "experiences" -> compareIds("experiences", want,
                        response.experiences().stream().map(r -> r.id()).toList(), failures);
                case "households" -> checkHouseholds(response, want, failures);
                case "assumptions" -> {
                    Map<String, String> actual = new java.util.TreeMap<>();
                    response.assumptions().forEach(a -> actual.put(a.field(), a.value()));
                    Map<String, String> expected = new java.util.TreeMap<>();
                    want.fields().forEachRemaining(a -> expected.put(a.getKey(), a.getValue().isObject()
                            ? a.getValue().path("value").asText() : a.getValue().asText()));
                    if (!expected.equals(actual)) {
                        failures.add("assumptions " + actual + ", expected " + expected);
                    }
                    // {field: {value: V, relying: [ids], notRelying: [ids]}}: programs that did / did not rely on it
                    want.fields().forEachRemaining(a -> response.assumptions().stream()
                            .filter(x -> x.field().equals(a.getKey())).forEach(x -> {
                                texts(a.getValue().path("relying")).stream().filter(id -> !x.programs().contains(id))
                                        .forEach(id -> failures.add(a.getKey() + ": " + id + " does not rely on it"));
                                texts(a.getValue().path("notRelying")).stream().filter(x.programs()::contains)
                                        .forEach(id -> failures.add(a.getKey() + ": " + id + " relies on it"));
                            }));
                }
                case "derived" -> want.fields().forEachRemaining(d -> {
                    String[] parts = d.getKey().split("@", 2);
                    String household = parts.length > 1 ? parts[1] : null;
                    List<String> values = response.derived().stream().filter(x -> x.name().equals(parts[0])
                            && java.util.Objects.equals(x.householdId(), household)).map(x -> x.value()).toList();
                    List<String> expected = d.getValue().isNull() ? List.of() : List.of(d.getValue().asText());
                    if (!values.equals(expected)) {
                        failures.add("derived " + d.getKey() + " = " + values + ", expected " + expected);
                    }
                });
                case "texts" -> {
                    String json = de.aufnahmelotse.http.WebApp.objectMapper().writeValueAsString(response);
                    want.forEach(t -> {
                        if (!json.contains(t.asText())) {
                            failures.add("text not found: " + t.asText());
                        }
                    });
                }
                default -> checkProgram(key, programs.get(key), want, c, service, response, failures);
            }
        }
        assertThat(failures).as(c.toString()).isEmpty();
    }

    private static void checkProgram(String id, ProgramResult p, JsonNode want, Scenarios.Case c,
                                     AdviceService service, AdviceResponse full, List<String> failures) {
        if (p == null) {
            failures.add(id + ": not in the result");
            return;
        }
        if (want.has("status") && !want.get("status").asText().equals(p.status().name())) {
            failures.add(id + ": status " + p.status() + ", expected " + want.get("status").asText()
                    + " | criteria " + p.criteria().stream().map(x -> x.id() + (x.householdId() == null ? ""
                    : "@" + x.householdId()) + "=" + x.status()).toList());
        }
        if (want.has("availability") && (p.availability() == null
                || !want.get("availability").asText().equals(p.availability().status().name()))) {
            failures.add(id + ": availability " + (p.availability() == null ? null : p.availability().status())
                    + ", expected " + want.get("availability").asText());
        }
        if (want.has("verification")) {
            JsonNode v = want.get("verification");
            if (v.has("verifiedOn") && !v.get("verifiedOn").asText().equals(String.valueOf(p.verification().verifiedOn()))) {
                failures.add(id + ": verifiedOn " + p.verification().verifiedOn() + ", expected " + v.get("verifiedOn"));
            }
            if (v.has("outdated") && v.get("outdated").asBoolean() != p.verification().outdated()) {
                failures.add(id + ": verification outdated = " + p.verification().outdated() + ", expected "
                        + v.get("outdated"));
            }
        }
        if (want.has("listed")) {
            AdviceResponse plain = service.advise(Scenarios.parser().parse(c.request(), "de"),
                    AdviceService.Options.defaults());
            boolean listed = plain.programs().stream().anyMatch(x -> x.id().equals(id));
            if (listed != want.get("listed").asBoolean()) {
                failures.add(id + ": listed by default = " + listed + ", expected " + want.get("listed"));
            }
        }
        want.path("criteria").fields().forEachRemaining(e -> {
            String[] parts = e.getKey().split("@", 2);
            String household = parts.length > 1 ? parts[1] : null;
            var found = p.criteria().stream().filter(x -> x.id().equals(parts[0])
                    && java.util.Objects.equals(x.householdId(), household)).map(x -> x.status().name()).toList();
            if (!found.contains(e.getValue().asText()) || found.size() != 1) {
                failures.add(id + ": criterion " + e.getKey() + " is " + found + ", expected " + e.getValue().asText());
            }
        });
        if (want.has("missing")) {
            Set<String> expected = texts(want.get("missing"));
            Set<String> actual = new TreeSet<>();
            p.missing().forEach(m -> actual.add(m.field() + (m.householdId() == null ? "" : "@" + m.householdId())));
            if (!expected.equals(actual)) {
                failures.add(id + ": missing " + actual + ", expected " + expected);
            }
        }
        if (want.has("obligations")) {
            Map<String, Double> actual = new HashMap<>();
            p.obligations().forEach(o -> actual.put(o.id(), o.amountEur()));
            compareAmounts(id + ": obligations", want.get("obligations"), actual, failures);
        }
        if (want.has("funding")) {
            Map<String, Double> actual = new HashMap<>();
            if (p.funding() != null) {
                p.funding().terms().forEach(t -> actual.put(t.id(), t.amountEur() != null ? t.amountEur() : t.ratePct()));
            }
            compareAmounts(id + ": funding", want.get("funding"), actual, failures);
        }
        if (want.has("steps")) {
            Set<String> expected = texts(want.get("steps"));
            Set<String> actual = new TreeSet<>();
            full.checklist().stream().filter(s -> s.programId().equals(id)).forEach(s -> actual.add(s.id()));
            if (!expected.equals(actual)) {
                failures.add(id + ": steps " + actual + ", expected " + expected);
            }
        }
    }

    private static void compareAmounts(String what, JsonNode want, Map<String, Double> actual, List<String> failures) {
        Set<String> expectedIds = new TreeSet<>();
        want.fieldNames().forEachRemaining(expectedIds::add);
        if (!expectedIds.equals(new TreeSet<>(actual.keySet()))) {
            failures.add(what + " " + new TreeSet<>(actual.keySet()) + ", expected " + expectedIds);
            return;
        }
        want.fields().forEachRemaining(e -> {
            Double got = actual.get(e.getKey());
            if (e.getValue().isNull() ? got != null : got == null || Math.abs(got - e.getValue().asDouble()) > 0.005) {
                failures.add(what + " " + e.getKey() + " = " + got + ", expected " + e.getValue());
            }
        });
    }

    private static void checkHouseholds(AdviceResponse response, JsonNode want, List<String> failures) {
        want.fields().forEachRemaining(h -> h.getValue().fields().forEachRemaining(p -> {
            var status = response.households().stream().filter(x -> x.id().equals(h.getKey()))
                    .flatMap(x -> x.programs().stream()).filter(x -> x.programId().equals(p.getKey()))
                    .map(x -> x.status().name()).findFirst().orElse(null);
            if (!p.getValue().asText().equals(status)) {
                failures.add("household " + h.getKey() + " / " + p.getKey() + ": " + status + ", expected "
                        + p.getValue().asText());
            }
        }));
    }

    private static void compareIds(String what, JsonNode want, List<String> actual, List<String> failures) {
        Set<String> expected = texts(want);
        if (!expected.equals(new TreeSet<>(actual))) {
            failures.add(what + " " + new TreeSet<>(actual) + ", expected " + expected);
        }
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> set = new TreeSet<>();
        array.forEach(n -> set.add(n.asText()));
        return set;
    }
}

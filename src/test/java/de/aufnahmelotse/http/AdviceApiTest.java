package de.aufnahmelotse.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /api/v1/advice against the real server: results, languages, and every kind of bad input. */
class AdviceApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static final String GOLZOW_2024 = """
            {"asOf":"2024-05-01","municipality":{"ags":"12064172","name":"Golzow","state":"BB","leaderRegion":true},
             "sponsorGroup":{"members":5,"trainingCompleted":false,"housingSecured":true,"monthlyNetColdRentEur":480,
                             "rentCommitmentMonths":12,"mentoringMonths":12},
             "households":[{"id":"h1","size":5,"children":3,"location":"FIRST_ASYLUM_COUNTRY","unhcrRecognised":true}]}
            """;

    @Test
    void without_loaded_rules_advice_and_batch_answer_one_503_problem_and_ready_says_not_ready() throws Exception {
        try (TestServer bare = new TestServer(false, new de.aufnahmelotse.ruleset.RuleSetHolder(),
                WebApp.Ops.defaults())) {
            for (HttpResponse<String> r : java.util.List.of(bare.post("/api/v1/advice", GOLZOW_2024),
                    bare.post("/api/v1/advice/batch",
                            GOLZOW_2024.replace("\n", "") + "\n" + GOLZOW_2024.replace("\n", "")))) {
                assertThat(r.statusCode()).isEqualTo(503);
                assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                assertThat(JSON.readTree(r.body()).path("status").asInt()).isEqualTo(503);
                assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
            }
            assertThat(bare.get("/ready").statusCode()).isEqualTo(503);
        }
    }

    @Test
    void POST_advice_returns_programs_with_reasons_obligations_and_an_ordered_checklist() throws Exception {
        HttpResponse<String> r = server.post("/api/v1/advice", GOLZOW_2024);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("asOf").asText()).isEqualTo("2024-05-01");
        assertThat(body.get("language").asText()).isEqualTo("de");
        assertThat(body.get("rulesetVersion").asText()).hasSize(12);
        JsonNode nest = program(body, "DE-NEST");
        assertThat(nest.get("status").asText()).isEqualTo("NEEDS_INFO");
        assertThat(nest.get("criteria").findValuesAsText("id")).contains("nest.group-size", "nest.training");
        assertThat(nest.get("missing").get(0).get("field").asText()).isEqualTo("sponsorGroup.rentLimitEur");
        assertThat(nest.get("obligations").findValue("amountEur").asDouble()).isEqualTo(5760.0);
        JsonNode checklist = body.get("checklist");
        assertThat(checklist.size()).isGreaterThan(10);
        List<String> phases = new ArrayList<>();
        checklist.forEach(s -> phases.add(s.get("phase").asText()));
        assertThat(phases).isSortedAccordingTo((a, b) -> List.of("PREPARATION", "APPLICATION", "BEFORE_ARRIVAL",
                "ARRIVAL", "FIRST_YEAR", "FOLLOW_UP").indexOf(a) - List.of("PREPARATION", "APPLICATION",
                "BEFORE_ARRIVAL", "ARRIVAL", "FIRST_YEAR", "FOLLOW_UP").indexOf(b));
        assertThat(checklist.get(0).get("legalBasis").asText()).isNotBlank();
        assertThat(checklist.get(0).get("source").asText()).startsWith("http");
        // a reused session counts only the rules whose inputs changed since its last request: the same request
        // again (sessions are picked by Land) may fire none; a traced request runs fresh and counts them all
        assertThat(body.get("trace").get("rulesFired").asInt()).isNotNegative();
        JsonNode traced = JSON.readTree(server.post("/api/v1/advice?trace=true", GOLZOW_2024).body());
        assertThat(traced.get("trace").get("rulesFired").asInt()).isGreaterThan(10);
        assertThat(traced.get("trace").get("incremental").asBoolean()).isFalse();
    }

    @Test
    void the_same_request_in_english_gets_english_texts_by_query_or_header() throws Exception {
        JsonNode byQuery = JSON.readTree(server.post("/api/v1/advice?lang=en", GOLZOW_2024).body());
        JsonNode byHeader = JSON.readTree(server.post("/api/v1/advice", GOLZOW_2024, "Accept-Language", "en-GB,en;q=0.8").body());
        assertThat(byQuery.get("language").asText()).isEqualTo("en");
        assertThat(byHeader.get("language").asText()).isEqualTo("en");
        assertThat(program(byQuery, "DE-NEST").get("name").asText()).isEqualTo("NesT – New Start in a Team");
        assertThat(program(byHeader, "DE-NEST").get("obligations").toString()).contains("€480 × 12 = €5,760");
    }

    @Test
    void programs_ruled_out_are_listed_only_with_include_all() throws Exception {
        String outside = "{\"asOf\":\"2024-05-01\",\"municipality\":{\"leaderRegion\":false}}";
        JsonNode plain = JSON.readTree(server.post("/api/v1/advice", outside).body());
        JsonNode all = JSON.readTree(server.post("/api/v1/advice?include=all", outside).body());
        assertThat(plain.get("programs").findValuesAsText("id")).doesNotContain("EU-LEADER");
        assertThat(program(all, "EU-LEADER").get("status").asText()).isEqualTo("NOT_ELIGIBLE");
    }

    @Test
    void malformed_json_is_a_400_problem_without_a_stack_trace() throws Exception {
        HttpResponse<String> r = server.post("/api/v1/advice", "{\"asOf\": \"2024-05-01\",, }");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("status").asInt()).isEqualTo(400);
        assertThat(p.get("type").asText()).endsWith("/malformed-request");
        assertThat(p.get("title").asText()).isEqualTo("Ungültige Anfrage");
        assertThat(p.get("detail").asText()).contains("Zeile 1");
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at de.").doesNotContain("at com.");
    }

    @Test
    void invalid_values_are_a_422_naming_every_bad_field_at_once() throws Exception {
        String bad = """
                {"asOf":"2024-13-45","municipality":{"population":-5,"state":"XX"},
                 "sponsorGroup":{"legalForm":"CLUB","members":"many"},"households":[{"size":2,"children":3}],
                 "unknownBlock":{}}
                """;
        HttpResponse<String> r = server.post("/api/v1/advice?lang=en", bad);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("title").asText()).isEqualTo("Invalid values");
        assertThat(p.get("errors").findValuesAsText("field")).contains("asOf", "municipality.population",
                "municipality.state", "sponsorGroup.legalForm", "sponsorGroup.members", "unknownBlock");
        assertThat(p.get("errors").findValuesAsText("message")).allSatisfy(m -> assertThat(m).isNotBlank());
    }

    @Test
    void invalid_values_of_the_laender_and_advice_fields_are_named() throws Exception {
        String bad = """
                {"municipality":{"refugeesInFollowUpHousing":-1,"tightHousingMarket":"yes","hasIntegrationCentre":1}}
                """;
        HttpResponse<String> r = server.post("/api/v1/advice", bad);
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("errors").findValuesAsText("field")).contains("municipality.refugeesInFollowUpHousing",
                "municipality.tightHousingMarket", "municipality.hasIntegrationCentre");
    }

    @Test
    void cross_field_errors_come_after_the_schema_is_satisfied() throws Exception {
        String bad = "{\"municipality\":{\"ags\":\"12064172\",\"state\":\"BY\"},"
                + "\"households\":[{\"id\":\"a\",\"size\":2,\"children\":3},{\"id\":\"a\"}]}";
        JsonNode p = JSON.readTree(server.post("/api/v1/advice", bad).body());
        assertThat(p.get("status").asInt()).isEqualTo(422);
        assertThat(p.get("errors").findValuesAsText("field")).containsExactly("households[0].children",
                "households[1].id", "municipality.state");
    }

    @Test
    void a_body_over_the_limit_is_a_413_problem() throws Exception {
        String huge = "{\"municipality\":{\"name\":\"" + "x".repeat(300_000) + "\"}}";
        HttpResponse<String> r = server.post("/api/v1/advice", huge);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(JSON.readTree(r.body()).get("status").asInt()).isEqualTo(413);
    }

    @Test
    void an_empty_body_and_a_non_object_are_400() throws Exception {
        assertThat(server.post("/api/v1/advice", "").statusCode()).isEqualTo(400);
        assertThat(server.post("/api/v1/advice", "[1,2]").statusCode()).isEqualTo(400);
    }

    @Test
    void an_unknown_language_is_a_422_naming_lang() throws Exception {
        HttpResponse<String> r = server.post("/api/v1/advice?lang=fr", "{}");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(r.body()).get("errors").findValuesAsText("field")).containsExactly("lang");
    }

    @Test
    void without_asOf_the_service_uses_today_in_berlin_from_its_clock() throws Exception {
        JsonNode body = JSON.readTree(server.post("/api/v1/advice", "{}").body());
        assertThat(body.get("asOf").asText()).isEqualTo("2026-11-23");
        assertThat(program(body, "DE-NEST").get("availability").get("status").asText()).isEqualTo("CLOSED");
    }

    @Test
    void the_baseline_route_is_off_unless_enabled() throws Exception {
        assertThat(server.post("/api/v1/advice/baseline", "{}").statusCode()).isEqualTo(404);
        try (TestServer bench = new TestServer(true)) {
            HttpResponse<String> r = bench.post("/api/v1/advice/baseline", GOLZOW_2024);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(r.body()).get("programs").size()).isZero();
            assertThat(bench.post("/api/v1/advice/baseline", "{\"asOf\":\"x\"}").statusCode()).isEqualTo(422);
        }
    }

    static JsonNode program(JsonNode body, String id) {
        for (JsonNode p : body.get("programs")) {
            if (p.get("id").asText().equals(id)) {
                return p;
            }
        }
        throw new AssertionError(id + " not in " + body.get("programs").findValuesAsText("id"));
    }
}

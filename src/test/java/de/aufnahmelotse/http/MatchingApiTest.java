package de.aufnahmelotse.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /api/v1/matching on the real app: the proposal and every error are what the OpenAPI document says. */
class MatchingApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(false);
        OpenApiContractTest.schema("Problem"); // loads the document the assertions check against
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The first case of rules/matching/matching.scenarios.yaml as a request body. */
    static ObjectNode scenarioBody() throws Exception {
        JsonNode c = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(
                Path.of("rules/matching/matching.scenarios.yaml"))).path("cases").get(0);
        ObjectNode body = JSON.createObjectNode();
        body.set("asOf", c.get("asOf"));
        body.set("pledges", c.get("pledges"));
        body.set("households", c.get("households"));
        body.putObject("options").put("timeLimitSeconds", 1);
        return body;
    }

    @Test
    void a_proposal_matches_the_document_and_explains_every_household() throws Exception {
        HttpResponse<String> r = server.post("/api/v1/matching", scenarioBody().toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode answer = OpenApiContractTest.assertDocumented("POST", "/api/v1/matching", r).get(0);
        assertThat(answer.get("proposal").asBoolean()).isTrue();
        assertThat(answer.get("notice").asText()).contains("§ 24 Abs. 4 AufenthG");
        assertThat(answer.get("assignments")).hasSize(4);
        assertThat(answer.get("weights").get("points").get("job.field").asInt()).isEqualTo(30);
        List<String> byHousehold = new ArrayList<>();
        answer.get("assignments").forEach(a -> byHousehold.add(a.get("householdId").asText() + "→"
                + a.get("pledgeId").asText("null")));
        assertThat(byHousehold).contains("h-full→koeln", "h-paed→null");
        JsonNode paed = answer.get("assignments").get(2);
        assertThat(paed.get("fallback").get("reason").asText()).contains("unity.one-dwelling");
        String en = server.post("/api/v1/matching?lang=en", scenarioBody().toString()).body();
        assertThat(en).contains("A proposal, not a decision");
    }

    @Test
    void bad_bodies_are_documented_problems_naming_each_field() throws Exception {
        ObjectNode body = scenarioBody();
        ((ObjectNode) body.get("households").get(1)).put("size", 0);
        ((ObjectNode) body.get("households").get(2)).put("id", "h-full");
        ((ObjectNode) body.get("pledges").get(2)).put("places", -1);
        HttpResponse<String> r = server.post("/api/v1/matching", body.toString());
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode problem = OpenApiContractTest.assertDocumented("POST", "/api/v1/matching", r).get(0);
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains("households[1].size", "pledges[2].places");

        ObjectNode dup = scenarioBody();
        ((ObjectNode) dup.get("households").get(2)).put("id", "h-full");
        ((ObjectNode) dup.get("options")).putArray("locked").addArray().add("h-full").add("golzow");
        r = server.post("/api/v1/matching", dup.toString());
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("households[2].id");

        ObjectNode lockedKo = scenarioBody();
        ((ObjectNode) lockedKo.get("options")).putArray("locked").addArray().add("h-full").add("golzow");
        r = server.post("/api/v1/matching", lockedKo.toString());
        assertThat(r.statusCode()).isEqualTo(422);
        OpenApiContractTest.assertDocumented("POST", "/api/v1/matching", r);
        assertThat(r.body()).contains("options.locked[0]").contains("need.dialysis");

        r = server.post("/api/v1/matching", "{\"pledges\": [");
        assertThat(r.statusCode()).isEqualTo(400);
        OpenApiContractTest.assertDocumented("POST", "/api/v1/matching", r);

        StringBuilder many = new StringBuilder("{\"pledges\":[],\"households\":[");
        for (int i = 0; i < 10_001; i++) {
            many.append(i == 0 ? "" : ",").append("{\"id\":\"h").append(i).append("\",\"size\":1}");
        }
        r = server.post("/api/v1/matching", many.append("]}").toString());
        assertThat(r.statusCode()).as("over the documented limit of households").isEqualTo(422);
        assertThat(r.body()).contains("households");

        r = server.post("/api/v1/matching", "{\"pledges\":[],\"households\":[],\"x\":\""
                + "a".repeat((int) de.aufnahmelotse.matching.MatchRequestParser.MAX_BODY_BYTES) + "\"}");
        assertThat(r.statusCode()).isEqualTo(413);
        OpenApiContractTest.assertDocumented("POST", "/api/v1/matching", r);
    }

    @Test
    void a_cohort_above_the_advice_body_limit_is_accepted() throws Exception {
        StringBuilder hs = new StringBuilder();
        for (int i = 0; i < 4_000; i++) {
            hs.append(i == 0 ? "" : ",").append("{\"id\":\"household-").append(i)
                    .append("\",\"size\":2,\"needs\":[],\"languages\":[\"ar\",\"en\"],\"germanLevel\":\"A1\"}");
        }
        String body = "{\"asOf\":\"2026-12-06\",\"pledges\":[{\"id\":\"p\",\"places\":100}],\"households\":[" + hs
                + "],\"options\":{\"timeLimitSeconds\":1}}";
        assertThat(body.length()).isGreaterThan((int) WebApp.DEFAULT_MAX_BODY_BYTES);
        HttpResponse<String> r = server.post("/api/v1/matching", body);
        assertThat(r.statusCode()).as(r.body().substring(0, Math.min(500, r.body().length()))).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).get("summary").get("personsWithPledge").asInt()).isEqualTo(100);
    }
}

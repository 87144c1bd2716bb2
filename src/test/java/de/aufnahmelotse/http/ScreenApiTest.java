package de.aufnahmelotse.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.aufnahmelotse.municipalities.MunicipalityDirectory;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /api/v1/screen on the embedded 2023 directory: answers and problems as the OpenAPI document says. */
class ScreenApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(false, MunicipalityDirectory.loadEmbedded());
        OpenApiContractTest.schema("ScreenResult"); // loads the served document for assertDocumented
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode screen(String body) throws Exception {
        HttpResponse<String> r = server.post("/api/v1/screen", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return OpenApiContractTest.assertDocumented("POST", "/api/v1/screen", r).get(0);
    }

    @Test
    void bremen_is_screened_per_program_per_land_and_per_municipality_and_kept_for_the_next_call() throws Exception {
        JsonNode r = screen("{\"asOf\":\"2026-12-06\",\"state\":\"HB\",\"municipalities\":true}");
        assertThat(r.get("municipalities").asInt()).isEqualTo(2);
        assertThat(r.get("asOf").asText()).isEqualTo("2026-12-06");
        assertThat(r.get("directoryReferenceDate").asText()).isEqualTo("2023-12-31");
        int programs = r.get("programs").asInt();
        assertThat(r.get("ranking")).hasSize(programs);
        int open = r.get("programsOpen").asInt();
        assertThat(open).isPositive().isLessThanOrEqualTo(programs);
        for (int i = 0; i < programs; i++) {
            JsonNode p = r.get("ranking").get(i);
            assertThat(p.get("eligible").asInt() + p.get("needsInfo").asInt() + p.get("notEligible").asInt())
                    .as(p.get("id").asText()).isEqualTo(2);
            assertThat(p.get("open").asBoolean()).as("open programs come first").isEqualTo(i < open);
        }
        JsonNode hb = r.get("byState").get(0);
        assertThat(hb.get("state").asText()).isEqualTo("HB");
        assertThat(hb.get("eligible").asInt() + hb.get("needsInfo").asInt() + hb.get("notEligible").asInt())
                .isEqualTo(2 * open);
        assertThat(r.get("needsInfoShare").asDouble()).isEqualTo(hb.get("needsInfoShare").asDouble());
        assertThat(r.get("municipalityResults")).extracting(m -> m.get("ags").asText())
                .containsExactly("04011000", "04012000");
        JsonNode bremen = r.get("municipalityResults").get(0);
        assertThat(bremen.get("latitude").asDouble()).isBetween(53.0, 53.2);
        assertThat(bremen.get("eligiblePrograms").asInt()).isBetween(0, open);
        // the same query again is the kept result
        JsonNode again = screen("{\"asOf\":\"2026-12-06\",\"state\":\"HB\",\"municipalities\":true}");
        assertThat(again).isEqualTo(r);
    }

    @Test
    void one_program_for_listed_municipalities_gives_each_its_status_and_the_open_questions() throws Exception {
        JsonNode r = screen("{\"asOf\":\"2026-12-06\",\"programs\":[\"EU-LEADER\"],\"ags\":[\"12064172\","
                + "\"12069216\",\"05962004\"],\"municipalities\":true}");
        assertThat(r.get("municipalities").asInt()).isEqualTo(3);
        assertThat(r.get("ranking")).hasSize(1);
        JsonNode leader = r.get("ranking").get(0);
        assertThat(leader.get("id").asText()).isEqualTo("EU-LEADER");
        assertThat(r.get("municipalityResults")).allSatisfy(m -> assertThat(m.get("status").asText())
                .isIn("ELIGIBLE", "NEEDS_INFO", "NOT_ELIGIBLE"));
        if (leader.get("needsInfo").asInt() > 0) {
            JsonNode top = leader.get("topQuestions").get(0);
            assertThat(top.get("count").asInt()).isBetween(1, 3);
            assertThat(top.get("field").asText()).contains(".");
        }
    }

    @Test
    void bad_fields_are_422_naming_each_field_and_an_unknown_ags_is_404() throws Exception {
        HttpResponse<String> bad = server.post("/api/v1/screen", "{\"asOf\":\"6.12.2026\",\"programs\":[\"XX-NOPE\"],"
                + "\"state\":\"XX\",\"ags\":[\"1206417x\"],\"municipalities\":\"yes\",\"colour\":1}",
                "Accept-Language", "en");
        assertThat(bad.statusCode()).isEqualTo(422);
        JsonNode problem = OpenApiContractTest.assertDocumented("POST", "/api/v1/screen", bad).get(0);
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("colour", "asOf",
                "programs[0]", "state", "ags[0]", "municipalities");
        HttpResponse<String> unknown = server.post("/api/v1/screen", "{\"ags\":[\"12064999\"]}", "Accept-Language",
                "en");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(OpenApiContractTest.assertDocumented("POST", "/api/v1/screen", unknown).get(0).get("detail")
                .asText()).contains("12064999");
        HttpResponse<String> notJson = server.post("/api/v1/screen", "{asOf");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void without_a_directory_the_screen_is_503() throws Exception {
        try (TestServer bare = new TestServer(false)) {
            HttpResponse<String> r = bare.post("/api/v1/screen", "{}");
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(r.body()).get("type").asText()).endsWith("/directory-not-loaded");
        }
    }
}

package de.aufnahmelotse.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CatalogApiTest {
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

    @Test
    void GET_programs_lists_the_catalog_with_status_on_the_date_and_filters() throws Exception {
        JsonNode all = JSON.readTree(server.get("/api/v1/programs?asOf=2024-01-01").body());
        assertThat(all.findValuesAsText("id")).contains("DE-NEST", "DE-RESETTLEMENT", "EU-LEADER");
        JsonNode nest = all.get(all.findValuesAsText("id").indexOf("DE-NEST"));
        assertThat(nest.get("statusOnDate").asText()).isEqualTo("OPEN");
        assertThat(nest.get("periods").size()).isEqualTo(3);
        JsonNode funding = JSON.readTree(server.get("/api/v1/programs?category=FUNDING").body());
        assertThat(funding.findValuesAsText("category")).containsOnly("FUNDING");
        JsonNode search = JSON.readTree(server.get("/api/v1/programs?q=neustart").body());
        assertThat(search.findValuesAsText("id")).containsExactly("DE-NEST");
    }

    @Test
    void GET_program_by_id_shows_steps_and_documents_in_the_language() throws Exception {
        HttpResponse<String> r = server.get("/api/v1/programs/DE-NEST?lang=en&asOf=2024-06-01");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("name").asText()).isEqualTo("NesT – New Start in a Team");
        assertThat(p.get("steps").get(0).get("title").asText()).contains("at least 4 people");
        assertThat(p.get("documents").findValuesAsText("")).isEmpty();
        assertThat(p.get("documents").toString()).contains("Support plan");
    }

    @Test
    void every_program_says_when_it_was_last_checked_and_flags_a_check_older_than_six_months() throws Exception {
        JsonNode all = JSON.readTree(server.get("/api/v1/programs?asOf=2026-12-06").body());
        for (JsonNode p : all) {
            assertThat(p.get("verification").get("verifiedOn").asText()).as(p.get("id").asText())
                    .matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(p.get("verification").get("text").asText()).startsWith("Stand der Prüfung: ");
        }
        JsonNode key = JSON.readTree(server.get("/api/v1/programs/DE-KOENIGSTEIN?asOf=2026-12-06").body());
        String verifiedOn = key.get("verification").get("verifiedOn").asText();
        assertThat(key.get("verification").get("outdated").asBoolean()).isFalse();
        java.time.LocalDate checked = java.time.LocalDate.parse(verifiedOn);
        // the day six months after the check still counts as current, the day after that is outdated
        JsonNode lastCurrent = JSON.readTree(server.get("/api/v1/programs/DE-KOENIGSTEIN?lang=en&asOf="
                + checked.plusMonths(6)).body());
        assertThat(lastCurrent.get("verification").get("outdated").asBoolean()).isFalse();
        assertThat(lastCurrent.get("verification").get("text").asText()).isEqualTo("Last checked: " + verifiedOn);
        JsonNode firstOutdated = JSON.readTree(server.get("/api/v1/programs/DE-KOENIGSTEIN?asOf="
                + checked.plusMonths(6).plusDays(1)).body());
        assertThat(firstOutdated.get("verification").get("outdated").asBoolean()).isTrue();
        assertThat(firstOutdated.get("verification").get("text").asText())
                .contains("möglicherweise veraltet – bitte beim Programm prüfen");
    }

    @Test
    void an_unknown_program_or_route_is_a_404_problem() throws Exception {
        HttpResponse<String> r = server.get("/api/v1/programs/NOPE");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(JSON.readTree(r.body()).get("detail").asText()).contains("NOPE");
        HttpResponse<String> route = server.get("/api/v1/nothing-here");
        assertThat(route.statusCode()).isEqualTo(404);
        assertThat(route.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    }

    @Test
    void bad_filters_are_a_422_naming_each_parameter() throws Exception {
        HttpResponse<String> r = server.get("/api/v1/programs?category=FOOD&state=XX&asOf=yesterday");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(r.body()).get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("category", "state", "asOf");
    }

    @Test
    void GET_ruleset_gives_the_content_hash_load_time_and_counts() throws Exception {
        JsonNode r = JSON.readTree(server.get("/api/v1/ruleset").body());
        assertThat(r.get("version").asText()).matches("[0-9a-f]{12}");
        assertThat(r.get("loadedAt").asText()).isEqualTo("2026-11-23T10:00:00Z");
        assertThat(r.get("counts").get("programs").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(r.get("counts").get("rules").asInt()).isEqualTo(r.get("rules").size());
        assertThat(r.get("errors").size()).isZero();
    }

    @Test
    void health_and_ready_answer() throws Exception {
        assertThat(server.get("/health").statusCode()).isEqualTo(200);
        HttpResponse<String> ready = server.get("/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(ready.body()).get("status").asText()).isEqualTo("READY");
    }
}

package de.aufnahmelotse.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import de.aufnahmelotse.municipalities.MunicipalityDirectory;
import de.aufnahmelotse.municipalities.MunicipalityEntry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded 2023 directory through the real HTTP API: search, status with attribution and population-change
 * counts, and prefill of the derived facts (association, population change) with their sources — every answer
 * validated against the OpenAPI document.
 */
class EmbeddedDirectoryApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(false, MunicipalityDirectory.loadEmbedded());
        OpenApiContractTest.schema("MunicipalityEntry"); // loads the served document for assertDocumented
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_status_names_the_embedded_files_the_attribution_and_who_has_no_population_change() throws Exception {
        JsonNode s = OpenApiContractTest.assertDocumented("GET", "/api/v1/municipalities/status",
                server.get("/api/v1/municipalities/status")).get(0).get("status");
        assertThat(s.get("embedded").asBoolean()).isTrue();
        assertThat(s.get("format").asText()).isEqualTo("xlsx");
        assertThat(s.get("sheet").asText()).isEqualTo("Onlineprodukt_Gemeinden31122023");
        assertThat(s.get("referenceDate").asText()).isEqualTo("2023-12-31");
        assertThat(s.get("attribution").asText()).startsWith("© Statistisches Bundesamt (Destatis), 2024")
                .contains("Gebietsstand 31.12.2023");
        assertThat(s.get("inhabited").asInt()).isEqualTo(10_775);
        assertThat(s.get("districts").get("districts").asInt()).isEqualTo(400);
        JsonNode change = s.get("populationChange");
        assertThat(change.get("referenceDate").asText()).isEqualTo("2013-12-31");
        assertThat(change.get("matched").asInt()).isEqualTo(10_667);
        assertThat(change.get("onlyInCurrentCount").asInt()).isEqualTo(108);
        assertThat(change.get("onlyInCurrent")).hasSize(108);
    }

    @Test
    void every_embedded_municipality_matches_the_MunicipalityEntry_schema() throws Exception {
        ObjectMapper served = WebApp.objectMapper();
        JsonSchema entry = OpenApiContractTest.schema("MunicipalityEntry");
        for (MunicipalityEntry e : MunicipalityDirectory.loadEmbedded().all()) {
            JsonNode json = JSON.readTree(served.writeValueAsString(e));
            assertThat(entry.validate(json)).as(json.toString()).isEmpty();
        }
    }

    @Test
    void golzow_is_found_and_an_ags_only_request_gets_kind_association_and_population_change_with_sources()
            throws Exception {
        JsonNode hits = OpenApiContractTest.assertDocumented("GET", "/api/v1/municipalities",
                server.get("/api/v1/municipalities?q=golzow")).get(0);
        assertThat(hits.findValuesAsText("ags")).contains("12064172", "12069216");

        JsonNode body = OpenApiContractTest.assertDocumented("POST", "/api/v1/advice", server.post("/api/v1/advice",
                "{\"asOf\":\"2026-12-06\",\"municipality\":{\"ags\":\"12064172\"}}")).get(0);
        JsonNode prefill = body.get("prefill");
        List<String> fields = new ArrayList<>();
        prefill.get("fields").forEach(f -> fields.add(f.asText()));
        assertThat(fields).contains("municipality.kind", "municipality.association", "municipality.associationName",
                "municipality.districtAgs", "municipality.state", "municipality.densityPerKm2",
                "municipality.degreeOfUrbanisation", "municipality.populationChange10yPct");
        assertThat(prefill.get("sources")).hasSize(fields.size());
        JsonNode change = null;
        for (JsonNode src : prefill.get("sources")) {
            assertThat(src.get("file").asText()).isEqualTo("embedded:data/gemeindeverzeichnis-destatis-2023.xlsx");
            assertThat(src.get("referenceDate").asText()).isEqualTo("2023-12-31");
            if (src.get("field").asText().equals("municipality.populationChange10yPct")) {
                change = src;
            }
        }
        assertThat(change.get("comparedWithFile").asText())
                .isEqualTo("embedded:data/gemeindeverzeichnis-destatis-2013.xlsx");
        assertThat(change.get("comparedWithReferenceDate").asText()).isEqualTo("2013-12-31");
    }

    @Test
    void a_field_the_request_gives_wins_and_is_not_named_as_filled() throws Exception {
        JsonNode body = JSON.readTree(server.post("/api/v1/advice", "{\"asOf\":\"2026-12-06\",\"municipality\":"
                + "{\"ags\":\"12064172\",\"populationChange10yPct\":5.5,\"association\":\"NONE\"}}").body());
        List<String> fields = new ArrayList<>();
        body.get("prefill").get("fields").forEach(f -> fields.add(f.asText()));
        assertThat(fields).doesNotContain("municipality.populationChange10yPct", "municipality.association")
                .contains("municipality.population", "municipality.associationName");
    }

    @Test
    void a_municipality_new_since_2013_gets_no_population_change() throws Exception {
        MunicipalityDirectory d = MunicipalityDirectory.loadEmbedded();
        String fresh = d.status().populationChange().onlyInCurrent().get(0);
        JsonNode body = JSON.readTree(server.post("/api/v1/advice", "{\"asOf\":\"2026-12-06\",\"municipality\":"
                + "{\"ags\":\"" + fresh + "\"}}").body());
        List<String> fields = new ArrayList<>();
        body.get("prefill").get("fields").forEach(f -> fields.add(f.asText()));
        assertThat(fields).contains("municipality.population").doesNotContain("municipality.populationChange10yPct");
    }
}

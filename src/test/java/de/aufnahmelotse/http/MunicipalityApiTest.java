package de.aufnahmelotse.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.aufnahmelotse.municipalities.SharedData;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The directory through the real HTTP API: search, lookup, status, prefill, and the NDJSON batch. */
class MunicipalityApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(false, SharedData.directory());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode get(String path, int status) throws Exception {
        HttpResponse<String> r = server.get(path);
        assertThat(r.statusCode()).as(path + " → " + r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void searching_goelzow_or_golzow_returns_both_golzows_with_land_and_district() throws Exception {
        for (String query : List.of("Goelzow", "golzow", "Gölzow")) {
            JsonNode items = get("/api/v1/municipalities?q=" + q(query), 200);
            List<String> districts = new ArrayList<>();
            for (JsonNode item : items) {
                if (item.get("name").asText().equals("Golzow")) {
                    assertThat(item.get("state").asText()).isEqualTo("BB");
                    districts.add(item.get("district").asText());
                }
            }
            assertThat(districts).as(query).containsExactlyInAnyOrder("Märkisch-Oderland", "Potsdam-Mittelmark");
        }
    }

    @Test
    void each_item_has_the_agreed_shape() throws Exception {
        JsonNode golzow = get("/api/v1/municipalities?q=golzow&state=BB&limit=1", 200).get(0);
        assertThat(golzow.fieldNames()).toIterable().contains("ags", "name", "state", "district", "districtAgs",
                "kind", "population", "areaKm2", "densityPerKm2", "degreeOfUrbanisation", "postalCode");
        assertThat(golzow.get("population").asInt()).isIn(799, 1345);
    }

    @Test
    void state_and_limit_filter_and_bad_values_are_422_naming_the_parameter() throws Exception {
        assertThat(get("/api/v1/municipalities?q=golzow&state=SN", 200)).isEmpty();
        assertThat(get("/api/v1/municipalities?q=a&limit=3", 200)).hasSize(3);
        JsonNode bad = get("/api/v1/municipalities?q=a&state=XX&limit=1000", 422);
        assertThat(bad.get("errors").findValuesAsText("field")).containsExactly("state", "limit");
    }

    @Test
    void one_municipality_by_ags_with_404_for_unknown_and_422_for_malformed_keys() throws Exception {
        JsonNode golzow = get("/api/v1/municipalities/12064172", 200);
        assertThat(golzow.get("name").asText()).isEqualTo("Golzow");
        assertThat(golzow.get("population").asInt()).isEqualTo(799);
        assertThat(golzow.get("district").asText()).isEqualTo("Märkisch-Oderland");
        assertThat(golzow.get("degreeOfUrbanisation").asInt()).isEqualTo(3);
        assertThat(get("/api/v1/municipalities/12064999", 404).get("type").asText()).endsWith("/not-found");
        assertThat(get("/api/v1/municipalities/1206417x", 422).get("errors").get(0).get("field").asText())
                .isEqualTo("ags");
    }

    @Test
    void the_status_names_file_reference_date_and_counts() throws Exception {
        JsonNode s = get("/api/v1/municipalities/status", 200);
        assertThat(s.get("loaded").asBoolean()).isTrue();
        assertThat(s.get("status").get("referenceDate").asText()).isEqualTo("2019-12-31");
        assertThat(s.get("status").get("municipalities").asInt()).isEqualTo(11_004);
        assertThat(s.get("status").get("inhabited").asInt()).isEqualTo(10_796);
        assertThat(s.get("status").get("rejectedRows").asInt()).isZero();
        assertThat(s.get("status").get("file").asText()).endsWith("gemeindeverzeichnis-destatis-2019.csv");
    }

    @Test
    void an_advice_request_with_only_the_ags_is_completed_from_the_directory() throws Exception {
        HttpResponse<String> r = server.post("/api/v1/advice",
                "{\"asOf\":\"2024-05-01\",\"municipality\":{\"ags\":\"12064172\"}}");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        JsonNode prefill = body.get("prefill");
        assertThat(prefill.get("found").asBoolean()).isTrue();
        assertThat(prefill.get("referenceDate").asText()).isEqualTo("2019-12-31");
        assertThat(prefill.get("source").asText()).contains("Destatis");
        assertThat(prefill.get("fields").findValuesAsText("")).isEmpty();
        List<String> fields = new ArrayList<>();
        prefill.get("fields").forEach(f -> fields.add(f.asText()));
        assertThat(fields).containsExactly("municipality.name", "municipality.state", "municipality.district",
                "municipality.districtAgs", "municipality.kind", "municipality.association",
                "municipality.associationName", "municipality.population", "municipality.areaKm2",
                "municipality.densityPerKm2", "municipality.degreeOfUrbanisation");
        assertThat(prefill.get("sources")).hasSize(fields.size());
        assertThat(prefill.get("sources").get(0).get("file").asText()).endsWith("gemeindeverzeichnis-destatis-2019.csv");
        assertThat(derived(body, "sizeClass")).isEqualTo("LANDGEMEINDE");
    }

    @Test
    void fields_given_in_the_request_win_over_the_directory() throws Exception {
        JsonNode body = JSON.readTree(server.post("/api/v1/advice",
                "{\"asOf\":\"2024-05-01\",\"municipality\":{\"ags\":\"12064172\",\"population\":25000,"
                        + "\"name\":\"Golzow (Oderbruch)\"}}").body());
        List<String> fields = new ArrayList<>();
        body.get("prefill").get("fields").forEach(f -> fields.add(f.asText()));
        assertThat(fields).doesNotContain("municipality.population", "municipality.name")
                .contains("municipality.district");
        assertThat(derived(body, "sizeClass")).isEqualTo("KLEINERE_MITTELSTADT");
    }

    @Test
    void an_ags_not_in_the_directory_is_reported_and_nothing_is_filled() throws Exception {
        JsonNode body = JSON.readTree(server.post("/api/v1/advice",
                "{\"asOf\":\"2024-05-01\",\"municipality\":{\"ags\":\"12064999\"}}").body());
        assertThat(body.get("prefill").get("found").asBoolean()).isFalse();
        assertThat(body.get("prefill").get("fields")).isEmpty();
        assertThat(body.get("derived").toString()).doesNotContain("sizeClass");
    }

    @Test
    void without_ags_there_is_no_prefill_block() throws Exception {
        JsonNode body = JSON.readTree(server.post("/api/v1/advice",
                "{\"asOf\":\"2024-05-01\",\"municipality\":{\"population\":800}}").body());
        assertThat(body.has("prefill")).isFalse();
    }

    private static String derived(JsonNode body, String name) {
        for (JsonNode d : body.get("derived")) {
            if (d.get("name").asText().equals(name) && !d.has("householdId")) {
                return d.get("value").asText();
            }
        }
        return null;
    }

    @Test
    void without_a_directory_search_is_503_naming_the_option_and_status_says_not_loaded() throws Exception {
        try (TestServer bare = new TestServer(false)) {
            HttpResponse<String> r = bare.get("/api/v1/municipalities?q=golzow", "Accept-Language", "en");
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(JSON.readTree(r.body()).get("detail").asText()).contains("--no-directory");
            assertThat(JSON.readTree(bare.get("/api/v1/municipalities/status").body()).get("loaded").asBoolean())
                    .isFalse();
            JsonNode advice = JSON.readTree(bare.post("/api/v1/advice",
                    "{\"asOf\":\"2024-05-01\",\"municipality\":{\"ags\":\"12064172\"}}").body());
            assertThat(advice.has("prefill")).isFalse();
        }
    }

    // ---------------------------------------------------------------- batch

    private static List<JsonNode> batch(String body, String... query) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + server.app.port()
                        + "/api/v1/advice/batch" + (query.length > 0 ? query[0] : "")))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<java.util.stream.Stream<String>> r = server.client.send(req,
                HttpResponse.BodyHandlers.ofLines());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("application/x-ndjson"));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : (Iterable<String>) r.body()::iterator) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    @Test
    void a_batch_with_a_malformed_line_in_the_middle_answers_every_line_in_order_and_goes_on() throws Exception {
        String body = """
                {"asOf":"2024-05-01","municipality":{"ags":"12064172"}}
                {"asOf":"2024-05-01","municipality":{"ags":
                {"asOf":"2024-05-01","municipality":{"population":-5}}

                {"asOf":"2024-05-01","municipality":{"ags":"12069216"}}
                """;
        List<JsonNode> lines = batch(body);
        assertThat(lines).hasSize(4);
        assertThat(lines).extracting(l -> l.get("line").asInt()).containsExactly(1, 2, 3, 5);
        assertThat(lines.get(0).get("advice").get("prefill").get("ags").asText()).isEqualTo("12064172");
        assertThat(lines.get(1).get("error").get("status").asInt()).isEqualTo(400);
        assertThat(lines.get(1).get("error").get("type").asText()).endsWith("/malformed-request");
        assertThat(lines.get(2).get("error").get("status").asInt()).isEqualTo(422);
        assertThat(lines.get(2).get("error").get("errors").get(0).get("field").asText())
                .isEqualTo("municipality.population");
        assertThat(lines.get(3).get("advice").get("prefill").get("ags").asText()).isEqualTo("12069216");
        assertThat(lines.get(3).has("error")).isFalse();
    }

    @Test
    void a_batch_larger_than_one_request_body_is_streamed_in_order_and_answers_in_english_on_request()
            throws Exception {
        List<String> ags = SharedData.directory().all().stream().filter(e -> e.inhabited()).limit(600)
                .map(e -> e.ags()).toList();
        StringBuilder body = new StringBuilder();
        for (String a : ags) {
            // whitespace padding: together the lines are larger than one request body may be
            body.append("{\"asOf\":\"2024-05-01\",").append(" ".repeat(400)).append("\"municipality\":{\"ags\":\"")
                    .append(a).append("\"},\"sponsorGroup\":{\"members\":5}}\n");
        }
        assertThat(body.length()).isGreaterThan((int) WebApp.DEFAULT_MAX_BODY_BYTES);
        List<JsonNode> lines = batch(body.toString(), "?lang=en");
        assertThat(lines).hasSize(ags.size());
        for (int i = 0; i < ags.size(); i++) {
            assertThat(lines.get(i).get("line").asInt()).isEqualTo(i + 1);
            assertThat(lines.get(i).get("advice").get("prefill").get("ags").asText()).isEqualTo(ags.get(i));
            assertThat(lines.get(i).get("advice").get("language").asText()).isEqualTo("en");
        }
    }

    @Test
    void a_line_longer_than_the_limit_gets_a_413_error_object_and_the_next_line_is_still_answered() throws Exception {
        String huge = "{\"asOf\":\"2024-05-01\",\"municipality\":{\"name\":\"" + "x".repeat(300_000) + "\"}}";
        List<JsonNode> lines = batch(huge + "\n{\"asOf\":\"2024-05-01\"}\n");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("error").get("status").asInt()).isEqualTo(413);
        assertThat(lines.get(1).has("advice")).isTrue();
    }
}

package de.aufnahmelotse.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.aufnahmelotse.municipalities.MunicipalityEntry;
import de.aufnahmelotse.municipalities.SharedData;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET /api/v1/map on the real 2023 directory: every inhabited municipality, kept per rule set and date. */
class MapApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(false, SharedData.directory2023());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void one_program_for_every_inhabited_municipality_with_coordinates_and_counts_that_add_up() throws Exception {
        HttpResponse<String> r = server.get("/api/v1/map?asOf=2026-12-06&program=DE-KOENIGSTEIN");
        assertThat(r.statusCode()).isEqualTo(200);
        OpenApiContractTest.assertDocumented("GET", "/api/v1/map", r);
        JsonNode body = JSON.readTree(r.body());
        long inhabited = SharedData.directory2023().all().stream().filter(MunicipalityEntry::inhabited).count();
        JsonNode points = body.get("municipalities");
        assertThat(points.size()).isEqualTo((int) inhabited).isGreaterThan(10_000);
        assertThat(body.at("/program/id").asText()).isEqualTo("DE-KOENIGSTEIN");
        int sum = 0;
        for (JsonNode c : body.get("counts")) {
            sum += c.asInt();
        }
        assertThat(sum).isEqualTo(points.size());
        JsonNode golzow = find(points, "12064172");
        assertThat(golzow.get("name").asText()).isEqualTo("Golzow");
        assertThat(golzow.get("state").asText()).isEqualTo("BB");
        assertThat(golzow.get("lat").asDouble()).isBetween(52.0, 53.0);
        assertThat(golzow.get("lon").asDouble()).isBetween(14.0, 15.0);
        assertThat(golzow.get("status").asText()).isIn("ELIGIBLE", "NEEDS_INFO", "NOT_ELIGIBLE");
        Set<String> states = new HashSet<>();
        points.forEach(p -> states.add(p.get("state").asText()));
        assertThat(states).hasSize(16);
        assertThat(body.at("/directory/attribution").asText()).contains("Destatis");
    }

    @Test
    void without_a_program_each_point_counts_its_usable_programs_and_the_screen_is_kept()
            throws Exception {
        HttpResponse<String> first = server.get("/api/v1/map?asOf=2026-11-30");
        HttpResponse<String> again = server.get("/api/v1/map?asOf=2026-11-30");
        HttpResponse<String> nest = server.get("/api/v1/map?asOf=2026-11-30&program=DE-NEST");
        assertThat(first.statusCode()).isEqualTo(200);
        OpenApiContractTest.assertDocumented("GET", "/api/v1/map", first);
        assertThat(first.headers().firstValue("Aufnahmelotse-Cache")).contains("MISS");
        assertThat(again.headers().firstValue("Aufnahmelotse-Cache")).contains("HIT");
        JsonNode points = JSON.readTree(first.body()).get("municipalities");
        assertThat(JSON.readTree(first.body()).get("program").isNull()).isTrue();
        int max = 0;
        for (JsonNode p : points) {
            assertThat(p.get("status").isNull()).isTrue();
            max = Math.max(max, p.get("eligiblePrograms").asInt());
        }
        assertThat(max).as("some municipality can use some program").isGreaterThan(0);
        // NesT ended 2025: no municipality is eligible for it on that day
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(JSON.readTree(nest.body()).at("/counts/ELIGIBLE").asInt(0)).isZero();
        assertThat(JSON.readTree(nest.body()).at("/counts/NOT_ELIGIBLE").asInt()).isGreaterThan(10_000);
    }

    @Test
    void one_evaluation_of_a_date_serves_every_program_and_agrees_with_the_screen_route() throws Exception {
        HttpResponse<String> first = server.get("/api/v1/map?asOf=2026-10-01&program=EU-LEADER");
        HttpResponse<String> other = server.get("/api/v1/map?asOf=2026-10-01&program=DE-STBF-LZ");
        HttpResponse<String> all = server.get("/api/v1/map?asOf=2026-10-01");
        assertThat(first.headers().firstValue("Aufnahmelotse-Cache")).contains("MISS");
        assertThat(other.headers().firstValue("Aufnahmelotse-Cache")).contains("HIT");
        assertThat(all.headers().firstValue("Aufnahmelotse-Cache")).contains("HIT");
        for (HttpResponse<String> map : List.of(first, other)) {
            JsonNode body = JSON.readTree(map.body());
            String id = body.at("/program/id").asText();
            JsonNode screen = JSON.readTree(server.post("/api/v1/screen",
                    "{\"asOf\":\"2026-10-01\",\"programs\":[\"" + id + "\"]}").body());
            JsonNode ranked = screen.get("ranking").get(0);
            assertThat(ranked.get("id").asText()).isEqualTo(id);
            assertThat(body.at("/counts/ELIGIBLE").asInt()).isEqualTo(ranked.get("eligible").asInt());
            assertThat(body.at("/counts/NEEDS_INFO").asInt()).isEqualTo(ranked.get("needsInfo").asInt());
            assertThat(body.at("/counts/NOT_ELIGIBLE").asInt()).isEqualTo(ranked.get("notEligible").asInt());
            // each point carries its own status, and they add up to the counts
            Map<String, Integer> tally = new java.util.HashMap<>();
            body.get("municipalities").forEach(p -> tally.merge(p.get("status").asText(), 1, Integer::sum));
            assertThat(tally.getOrDefault("ELIGIBLE", 0)).isEqualTo(ranked.get("eligible").asInt());
        }
        // the number of usable programs per point does not depend on the program shown
        assertThat(find(JSON.readTree(first.body()).get("municipalities"), "12064172").get("eligiblePrograms"))
                .isEqualTo(find(JSON.readTree(all.body()).get("municipalities"), "12064172").get("eligiblePrograms"));
    }

    @Test
    void a_bad_date_or_an_unknown_program_is_a_422_naming_the_field() throws Exception {
        HttpResponse<String> date = server.get("/api/v1/map?asOf=06.12.2026");
        assertThat(date.statusCode()).isEqualTo(422);
        OpenApiContractTest.assertDocumented("GET", "/api/v1/map", date);
        assertThat(date.body()).contains("\"field\":\"asOf\"");
        HttpResponse<String> program = server.get("/api/v1/map?program=DE-NOPE");
        assertThat(program.statusCode()).isEqualTo(422);
        assertThat(program.body()).contains("\"field\":\"program\"");
    }

    @Test
    void without_a_directory_the_map_is_a_503() throws Exception {
        try (TestServer bare = new TestServer(false)) {
            assertThat(bare.get("/api/v1/map").statusCode()).isEqualTo(503);
        }
    }

    private static JsonNode find(JsonNode points, String ags) {
        for (JsonNode p : points) {
            if (p.get("ags").asText().equals(ags)) {
                return p;
            }
        }
        throw new AssertionError("no point for " + ags);
    }
}

package de.aufnahmelotse.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.cases.CaseDatabase;
import de.aufnahmelotse.cases.CaseService;
import de.aufnahmelotse.cases.TestDatabases;
import de.aufnahmelotse.ruleset.RuleSetHolder;
import de.aufnahmelotse.scenarios.Scenarios;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The case routes over HTTP on the real app, once with H2 and once with PostgreSQL: every answer (success and
 * error) is validated against the OpenAPI document ({@link OpenApiContractTest#assertDocumented}).
 */
class CasesApiTest {
    static final List<String> KINDS = TestDatabases.KINDS;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Server> SERVERS = new HashMap<>();
    private static final List<Server> OTHERS = new ArrayList<>();
    static final String REQUEST = """
            { "asOf": "2025-03-01",
              "municipality": { "ags": "12064172", "name": "Golzow", "state": "BB" },
              "sponsorGroup": { "members": 5, "trainingCompleted": true, "housingSecured": true,
                                "monthlyNetColdRentEur": 480, "rentLimitEur": 520, "rentCommitmentMonths": 24,
                                "mentoringMonths": 12, "requestsNamedPerson": false },
              "households": [
                { "id": "h1", "nationality": "SY", "currentCountry": "TR", "location": "FIRST_ASYLUM_COUNTRY",
                  "unhcrRecognised": true, "resettlementMostAppropriate": true, "medicalNeeds": "NONE",
                  "unhcrCategories": ["MEDICAL_NEEDS"], "bmiAdmissionDeclared": false } ] }
            """;

    /** The app with case storage on a random port. */
    record Server(Javalin app, CaseDatabase db, HttpClient client) implements AutoCloseable {
        static Server start(CaseDatabase db, int caseRateLimit) {
            RuleSetHolder holder = new RuleSetHolder(Scenarios.ruleSet());
            AdviceService advice = new AdviceService(holder, Scenarios.CLOCK);
            WebApp.Cases cases = db == null ? null : new WebApp.Cases(new CaseService(db, advice,
                    WebApp.objectMapper(), Scenarios.CLOCK, 24), caseRateLimit);
            Javalin app = WebApp.create(new WebApp.Deps(holder, advice, Path.of("web"), false,
                    WebApp.DEFAULT_MAX_BODY_BYTES, cases), WebApp.Ops.defaults()).start(0);
            return new Server(app, db, HttpClient.newHttpClient());
        }

        HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                b.header("Content-Type", "application/json");
            }
            for (int i = 0; i < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
            }
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }

        @Override
        public void close() {
            app.stop();
            if (db != null) {
                db.close();
            }
        }
    }

    static synchronized Server server(String kind) throws Exception {
        Server s = SERVERS.get(kind);
        if (s == null) {
            s = Server.start(new CaseDatabase(TestDatabases.fresh(kind)), 0);
            SERVERS.put(kind, s);
        }
        return s;
    }

    @AfterAll
    static void stop() {
        SERVERS.values().forEach(Server::close);
        OTHERS.forEach(Server::close);
    }

    static String newCase(String label) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("label", label);
        body.set("request", JSON.readTree(REQUEST));
        return body.toString();
    }

    static JsonNode documented(String method, String path, HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(method + " " + path + " → " + r.body()).isEqualTo(status);
        if (r.body().isEmpty()) {
            return null;
        }
        if (r.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar")) {
            return null;
        }
        return OpenApiContractTest.assertDocumented(method, path, r).get(0);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("KINDS")
    void a_case_goes_through_its_whole_life_over_http_and_every_answer_is_documented(String kind) throws Exception {
        Server s = server(kind);
        HttpResponse<String> created = s.send("POST", "/api/v1/cases", newCase("Golzow 2025"));
        JsonNode c = documented("POST", "/api/v1/cases", created, 201);
        String id = c.get("id").asText();
        String key = c.get("accessKey").asText();
        String bearer = "Bearer " + key;
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/cases/" + id);
        assertThat(created.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(c.get("case").get("evaluation").get("advice").get("programs")).isNotEmpty();
        String path = "/api/v1/cases/" + id;

        JsonNode read = documented("GET", "/api/v1/cases/{id}", s.send("GET", path, null, "Authorization", bearer), 200);
        assertThat(read.get("label").asText()).isEqualTo("Golzow 2025");
        assertThat(read.toString()).doesNotContain(key);
        JsonNode step = read.get("steps").get(0);

        ObjectNode patch = JSON.createObjectNode().put("programId", step.get("programId").asText())
                .put("stepId", step.get("stepId").asText()).put("status", "IN_PROGRESS").put("due", "2025-03-20")
                .put("responsible", "Sozialamt").put("note", "läuft").put("version", 0);
        JsonNode updated = documented("PATCH", "/api/v1/cases/{id}/steps",
                s.send("PATCH", path + "/steps", patch.toString(), "Authorization", bearer), 200);
        assertThat(updated.get("version").asInt()).isEqualTo(1);
        assertThat(updated.get("status").asText()).isEqualTo("IN_PROGRESS");
        // the same update again: its version is stale now
        JsonNode stale = documented("PATCH", "/api/v1/cases/{id}/steps",
                s.send("PATCH", path + "/steps", patch.toString(), "Authorization", bearer), 409);
        assertThat(stale.get("errors").get(0).get("field").asText()).isEqualTo("version");
        assertThat(stale.get("type").asText()).endsWith("/stale-version");

        JsonNode replaced = documented("PUT", "/api/v1/cases/{id}/request", s.send("PUT", path + "/request",
                REQUEST.replace("2025-03-01", "2025-03-15"), "Authorization", bearer), 200);
        assertThat(replaced.get("evaluation").get("seq").asInt()).isEqualTo(2);
        assertThat(replaced.get("steps").findValues("note").stream().map(JsonNode::asText)).contains("läuft");

        JsonNode changes = documented("GET", "/api/v1/cases/{id}/changes", s.send("GET", path
                + "/changes?asOf=2025-04-01&lang=en", null, "Authorization", bearer), 200);
        assertThat(changes.get("changes").findValuesAsText("kind")).contains("PROGRAM_STATUS", "STEP_REMOVED",
                "STEP_OVERDUE");

        HttpResponse<String> ics = s.send("GET", path + "/calendar.ics", null, "Authorization", bearer);
        documented("GET", "/api/v1/cases/{id}/calendar.ics", ics, 200);
        assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(ics.body()).startsWith("BEGIN:VCALENDAR").contains("DTSTART;VALUE=DATE:20250320");

        HttpResponse<String> export = s.send("GET", path + "/export", null, "Authorization", bearer);
        JsonNode all = documented("GET", "/api/v1/cases/{id}/export", export, 200);
        assertThat(export.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        assertThat(all.get("evaluations")).hasSize(2);
        assertThat(all.get("history").findValuesAsText("what")).contains("request.asOf");
        assertThat(export.body()).doesNotContain(key);

        documented("DELETE", "/api/v1/cases/{id}", s.send("DELETE", path, null, "Authorization", bearer), 204);
        documented("GET", "/api/v1/cases/{id}", s.send("GET", path, null, "Authorization", bearer), 404);
        documented("DELETE", "/api/v1/cases/{id}", s.send("DELETE", path, null, "Authorization", bearer), 404);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("KINDS")
    void a_missing_or_wrong_key_and_an_unknown_id_get_the_very_same_404(String kind) throws Exception {
        Server s = server(kind);
        JsonNode c = JSON.readTree(s.send("POST", "/api/v1/cases", newCase("secret")).body());
        String id = c.get("id").asText();
        JsonNode other = JSON.readTree(s.send("POST", "/api/v1/cases", newCase("other")).body());
        List<HttpResponse<String>> misses = new ArrayList<>();
        for (String sub : List.of("", "/changes", "/calendar.ics", "/export")) {
            misses.add(s.send("GET", "/api/v1/cases/" + id + sub, null));
            misses.add(s.send("GET", "/api/v1/cases/" + id + sub, null, "Authorization", "Bearer wrong"));
            misses.add(s.send("GET", "/api/v1/cases/" + id + sub, null, "Authorization",
                    "Bearer " + other.get("accessKey").asText()));
            misses.add(s.send("GET", "/api/v1/cases/" + id + sub, null, "Authorization", "Basic abc"));
            misses.add(s.send("GET", "/api/v1/cases/00000000-0000-4000-8000-000000000000" + sub, null,
                    "Authorization", "Bearer " + c.get("accessKey").asText()));
        }
        misses.add(s.send("DELETE", "/api/v1/cases/" + id, null, "Authorization", "Bearer wrong"));
        misses.add(s.send("PUT", "/api/v1/cases/" + id + "/request", REQUEST, "Authorization", "Bearer wrong"));
        for (HttpResponse<String> r : misses) {
            assertThat(r.statusCode()).as(r.uri().toString()).isEqualTo(404);
            JsonNode p = JSON.readTree(r.body());
            assertThat(p.get("detail").asText()).isEqualTo("Kein Fall mit dieser Kennung und diesem Zugangsschlüssel.");
            assertThat(p.get("type").asText()).endsWith("/not-found");
            assertThat(r.headers().firstValue("WWW-Authenticate")).isEmpty();
        }
        documented("GET", "/api/v1/cases/{id}", misses.get(1), 404);
        // the case is still there after all that, and nothing lists cases
        assertThat(s.send("GET", "/api/v1/cases/" + id, null, "Authorization", "Bearer "
                + c.get("accessKey").asText()).statusCode()).isEqualTo(200);
        assertThat(s.send("GET", "/api/v1/cases", null).statusCode()).isIn(404, 405);
    }

    @Test
    void bad_bodies_are_documented_problems_naming_the_field() throws Exception {
        Server s = server("h2");
        record Bad(String method, String path, String body, int status, String field) {
        }
        JsonNode c = JSON.readTree(s.send("POST", "/api/v1/cases", newCase("fields")).body());
        String id = c.get("id").asText();
        String bearer = "Bearer " + c.get("accessKey").asText();
        JsonNode step = c.get("case").get("steps").get(0);
        String stepKey = "\"programId\":\"" + step.get("programId").asText() + "\",\"stepId\":\""
                + step.get("stepId").asText() + "\"";
        List<Bad> bad = List.of(
                new Bad("POST", "/api/v1/cases", "{not json", 400, ""),
                new Bad("POST", "/api/v1/cases", "", 400, ""),
                new Bad("POST", "/api/v1/cases", "{\"request\":{}}", 422, "label"),
                new Bad("POST", "/api/v1/cases", "{\"label\":\"x\"}", 422, "request"),
                new Bad("POST", "/api/v1/cases", "{\"label\":\"" + "x".repeat(201) + "\",\"request\":{}}", 422, "label"),
                new Bad("POST", "/api/v1/cases", "{\"label\":\"x\",\"request\":{},\"owner\":\"Frau K.\"}", 422, "owner"),
                new Bad("POST", "/api/v1/cases", "{\"label\":\"x\",\"request\":{\"households\":[{\"name\":\"Haddad\"}]}}",
                        422, "request.households[0].name"),
                new Bad("POST", "/api/v1/cases", "{\"label\":\"x\",\"request\":{\"households\":[{\"id\":\"Haddad\"}]}}",
                        422, "request.households[0].id"),
                new Bad("POST", "/api/v1/cases", "{\"label\":\"x\",\"request\":{\"municipality\":{\"population\":-1}}}",
                        422, "request.municipality.population"),
                new Bad("POST", "/api/v1/cases", "{\"label\":\"x\",\"request\":" + "[".repeat(40) + "]".repeat(40)
                        + "}", 422, ""),
                new Bad("PUT", "/api/v1/cases/{id}/request", "{\"households\":[{\"id\":\"Familie A\"}]}", 422,
                        "households[0].id"),
                new Bad("PATCH", "/api/v1/cases/{id}/steps", "{" + stepKey + "}", 422, "version"),
                new Bad("PATCH", "/api/v1/cases/{id}/steps", "{" + stepKey + ",\"version\":0,\"status\":\"FERTIG\"}",
                        422, "status"),
                new Bad("PATCH", "/api/v1/cases/{id}/steps", "{" + stepKey + ",\"version\":0,\"due\":\"morgen\"}",
                        422, "due"),
                new Bad("PATCH", "/api/v1/cases/{id}/steps", "{" + stepKey + ",\"version\":0,\"note\":\""
                        + "n".repeat(2001) + "\"}", 422, "note"),
                new Bad("PATCH", "/api/v1/cases/{id}/steps", "{\"programId\":\"DE-NEST\",\"stepId\":\"nope\","
                        + "\"version\":0}", 422, "stepId"),
                new Bad("PATCH", "/api/v1/cases/{id}/steps", "[1]", 400, ""),
                new Bad("GET", "/api/v1/cases/{id}/changes?asOf=gestern", null, 422, "asOf"),
                new Bad("GET", "/api/v1/cases/{id}?lang=fr", null, 422, "lang"));
        for (Bad b : bad) {
            HttpResponse<String> r = s.send(b.method(), b.path().replace("{id}", id), b.body(), "Authorization",
                    bearer);
            String documentedPath = b.path().contains("?") ? b.path().substring(0, b.path().indexOf('?')) : b.path();
            JsonNode problem = documented(b.method(), documentedPath, r, b.status());
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(problem.get("errors").findValuesAsText("field")).as(b.toString()).contains(b.field());
        }
    }

    @Test
    void case_routes_have_their_own_rate_limit() throws Exception {
        Server limited = Server.start(new CaseDatabase(TestDatabases.fresh("h2")), 3);
        OTHERS.add(limited);
        for (int i = 0; i < 3; i++) {
            assertThat(limited.send("GET", "/api/v1/cases/x", null).statusCode()).isEqualTo(404);
        }
        HttpResponse<String> r = limited.send("GET", "/api/v1/cases/x", null);
        documented("GET", "/api/v1/cases/{id}", r, 429);
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
        // advice is not counted against it
        assertThat(limited.send("POST", "/api/v1/advice", "{\"asOf\":\"2025-03-01\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void without_a_reachable_database_case_routes_answer_503_and_advice_keeps_working() throws Exception {
        Server unconfigured = Server.start(null, 0);
        OTHERS.add(unconfigured);
        CaseDatabase nowhere = new CaseDatabase(new CaseDatabase.Settings(
                "jdbc:postgresql://127.0.0.1:9/nowhere?connectTimeout=1", "x", "y"), 2, 2_000);
        Server down = Server.start(nowhere, 0);
        OTHERS.add(down);
        CaseDatabase closing = new CaseDatabase(TestDatabases.fresh("h2"));
        Server lost = Server.start(closing, 0);
        OTHERS.add(lost);
        JsonNode c = JSON.readTree(lost.send("POST", "/api/v1/cases", newCase("before")).body());
        closing.close(); // the database goes away while the service runs
        for (Server s : List.of(unconfigured, down, lost)) {
            JsonNode problem = documented("POST", "/api/v1/cases", s.send("POST", "/api/v1/cases",
                    newCase("x")), 503);
            assertThat(problem.get("type").asText()).endsWith("/cases-unavailable");
            HttpResponse<String> get = s.send("GET", "/api/v1/cases/" + c.get("id").asText(), null,
                    "Authorization", "Bearer " + c.get("accessKey").asText());
            documented("GET", "/api/v1/cases/{id}", get, 503);
            assertThat(get.headers().firstValue("Retry-After")).isPresent();
            HttpResponse<String> advice = s.send("POST", "/api/v1/advice", REQUEST);
            assertThat(advice.statusCode()).isEqualTo(200);
        }
    }
}

package de.aufnahmelotse.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.cases.CaseDatabase;
import de.aufnahmelotse.cases.CaseService;
import de.aufnahmelotse.cases.TestDatabases;
import de.aufnahmelotse.http.WebApp;
import de.aufnahmelotse.ruleset.RuleSetHolder;
import de.aufnahmelotse.scenarios.Scenarios;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The case routes with generated and mutated bodies (issue 14): new cases (label + fuzzed advice request), changed
 * requests, step updates with odd values, broken JSON — never a 5xx, every error a problem+json. Seeded and bounded
 * like {@link AdviceFuzzTest}: {@code -Dfuzz.cases.tries=N -Dfuzz.seed=S}.
 */
class CasesFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final long SEED = Long.getLong("fuzz.seed", 20261123L);
    private static final String[] ODD = {"", " ", "null", "0", "-1", "1e999", "NaN", "\u0000", "\uD83D\uDE00", "ÄÖÜß",
            "<script>alert(1)</script>", "' OR 1=1 --", "${jndi:ldap://x}", "%s%n", "\\", "\"", "2024-02-30",
            "9999-12-31", "2025-03-20", "OPEN", "DONE", "FERTIG", "DE-NEST", "h1", "x".repeat(2500)};
    private static final Set<Integer> ALLOWED = Set.of(200, 201, 204, 400, 404, 409, 413, 422);

    @Test
    void the_case_routes_never_answer_5xx() throws Exception {
        int tries = Integer.getInteger("fuzz.cases.tries", 240);
        SplittableRandom random = new SplittableRandom(SEED + 14);
        RequestFuzzer requests = new RequestFuzzer(SEED + 15);
        RuleSetHolder holder = new RuleSetHolder(Scenarios.ruleSet());
        AdviceService advice = new AdviceService(holder, Scenarios.CLOCK);
        Map<String, Integer> statuses = new TreeMap<>();
        try (CaseDatabase db = new CaseDatabase(TestDatabases.fresh("h2"))) {
            Javalin app = WebApp.create(new WebApp.Deps(holder, advice, Path.of("web"), false,
                    WebApp.DEFAULT_MAX_BODY_BYTES, new WebApp.Cases(new CaseService(db, advice, WebApp.objectMapper(),
                    Scenarios.CLOCK, 24), 0))).start(0);
            HttpClient client = HttpClient.newHttpClient();
            try {
                JsonNode created = JSON.readTree(send(client, app, "POST", "/api/v1/cases", null,
                        "{\"label\":\"fuzz\",\"request\":{\"asOf\":\"2025-03-01\",\"sponsorGroup\":{\"members\":5}}}")
                        .body());
                String id = created.get("id").asText();
                String key = created.get("accessKey").asText();
                JsonNode steps = created.get("case").get("steps");
                for (int i = 0; i < tries; i++) {
                    String route;
                    String method;
                    String body;
                    String path;
                    switch (i % 3) {
                        case 0 -> {
                            method = "POST";
                            route = "POST cases";
                            path = "/api/v1/cases";
                            ObjectNode c = F.objectNode();
                            if (random.nextInt(5) > 0) {
                                c.put("label", random.nextBoolean() ? "Fall " + i : ODD[random.nextInt(ODD.length)]);
                            }
                            String label = c.has("label") ? c.get("label").toString() : null;
                            body = label == null ? "{\"request\":" + requests.next() + "}"
                                    : "{\"label\":" + label + ",\"request\":" + requests.next() + "}";
                        }
                        case 1 -> {
                            method = "PUT";
                            route = "PUT request";
                            path = "/api/v1/cases/" + id + "/request";
                            body = requests.next();
                        }
                        default -> {
                            method = "PATCH";
                            route = "PATCH steps";
                            path = "/api/v1/cases/" + id + "/steps";
                            body = stepBody(random, steps);
                        }
                    }
                    if (random.nextInt(10) == 0) {
                        body = body.substring(0, random.nextInt(body.length() + 1)); // truncated JSON
                    }
                    String query = i % 5 == 0 ? "?lang=en" : "";
                    HttpResponse<String> r = send(client, app, method, path + query, key, body);
                    statuses.merge(route + " " + r.statusCode(), 1, Integer::sum);
                    if (!ALLOWED.contains(r.statusCode())) {
                        fail("input %d (seed %d): %s %s -> %d %s", i, SEED + 14, method, abbreviate(body),
                                r.statusCode(), r.body());
                    }
                    if (r.statusCode() >= 400) {
                        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(
                                "application/problem+json");
                        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
                    } else if (r.statusCode() == 200 && method.equals("PUT")) {
                        steps = JSON.readTree(r.body()).get("steps");
                    }
                }
            } finally {
                app.stop();
            }
        }
        System.out.println("FUZZ target=cases inputs=" + tries + " seed=" + (SEED + 14) + " statuses=" + statuses);
        assertThat(statuses.keySet()).anyMatch(k -> k.startsWith("POST cases 201"))
                .anyMatch(k -> k.startsWith("POST cases 422")).anyMatch(k -> k.startsWith("PATCH steps 200"))
                .anyMatch(k -> k.startsWith("PATCH steps 422")).anyMatch(k -> k.startsWith("PUT request 200"));
    }

    /** A step update: often a real step with a plausible version, with odd values in some fields. */
    private static String stepBody(SplittableRandom random, JsonNode steps) {
        ObjectNode b = F.objectNode();
        JsonNode step = steps.size() == 0 ? null : steps.get(random.nextInt(steps.size()));
        if (step != null && random.nextInt(4) > 0) {
            b.put("programId", step.get("programId").asText()).put("stepId", step.get("stepId").asText());
            b.put("version", random.nextInt(3) == 0 ? random.nextInt(-2, 5) : step.get("version").asInt());
        }
        String[] fields = {"programId", "stepId", "status", "due", "responsible", "note", "version", "owner"};
        for (int n = random.nextInt(0, 5); n > 0; n--) {
            String field = fields[random.nextInt(fields.length)];
            switch (random.nextInt(7)) {
                case 0 -> b.putNull(field);
                case 1 -> b.put(field, random.nextInt());
                case 2 -> b.put(field, 1e300 * random.nextDouble());
                case 3 -> b.put(field, random.nextBoolean());
                case 4 -> b.set(field, F.arrayNode().add(1).add("x"));
                case 5 -> b.set(field, F.objectNode().put("a", 1));
                default -> b.put(field, ODD[random.nextInt(ODD.length)]);
            }
        }
        if (random.nextInt(3) == 0) {
            b.put("status", new String[] {"OPEN", "IN_PROGRESS", "DONE", "NOT_APPLICABLE"}[random.nextInt(4)]);
        }
        return b.toString();
    }

    private static HttpResponse<String> send(HttpClient client, Javalin app, String method, String path, String key,
                                             String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String abbreviate(String body) {
        return body.length() > 500 ? body.substring(0, 500) + "…(" + body.length() + " chars)" : body;
    }
}

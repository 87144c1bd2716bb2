package de.aufnahmelotse.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.advice.InvalidRequestException;
import de.aufnahmelotse.distribution.KoenigsteinerSchluessel;
import de.aufnahmelotse.http.WebApp;
import de.aufnahmelotse.matching.MatchRequest;
import de.aufnahmelotse.matching.MatchRequestParser;
import de.aufnahmelotse.matching.MatchingRules;
import de.aufnahmelotse.matching.MatchingService;
import de.aufnahmelotse.ruleset.RuleSetHolder;
import de.aufnahmelotse.scenarios.Scenarios;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Matching bodies generated from the matching request schema and mutated, against the parser + rules + solver in
 * process and against the real POST /api/v1/matching: never an escaping exception, never a 5xx. Few inputs here
 * ({@code -Dfuzz.matching.tries=N -Dfuzz.matching.http.tries=M} for more); runs are capped at one second.
 */
class MatchingFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SEED = Long.getLong("fuzz.seed", 20261206L);

    @Test
    void the_parser_rules_and_solver_never_let_an_exception_escape() {
        int tries = Integer.getInteger("fuzz.matching.tries", 150);
        RequestFuzzer fuzzer = new RequestFuzzer(SEED, MatchRequestParser.schemaDocument(JSON));
        MatchRequestParser parser = new MatchRequestParser(WebApp.objectMapper());
        MatchingRules rules = MatchingRules.load(Path.of("rules"));
        KoenigsteinerSchluessel table = KoenigsteinerSchluessel.load(Path.of("rules"));
        MatchingService service = new MatchingService(() -> rules, Optional::empty,
                y -> MatchingService.keyFor(table, y), Clock.systemUTC(), Duration.ofMillis(300));
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int i = 0; i < tries; i++) {
            String body = fuzzer.next();
            String lang = i % 2 == 0 ? "de" : "en";
            String outcome;
            try {
                MatchRequest request = parser.parse(body, lang);
                var response = service.match(request, lang);
                assertThat(response.assignments()).hasSize(request.households().size());
                response.pledges().forEach(p -> assertThat(p.placesUsed()).isLessThanOrEqualTo(p.places()));
                assertThat(response.proposalMetrics().knockOutViolations()).isZero();
                outcome = "matched";
            } catch (InvalidRequestException e) {
                assertThat(e.status()).as("input %d (seed %d): %s", i, SEED, body).isIn(400, 422);
                assertThat(e.errors()).isNotEmpty();
                outcome = "rejected " + e.status();
            } catch (RuntimeException e) {
                throw new AssertionError("input " + i + " (seed " + SEED + ") let " + e + " escape: " + body, e);
            }
            outcomes.merge(outcome, 1, Integer::sum);
        }
        System.out.println("FUZZ target=matching inputs=" + tries + " seed=" + SEED + " outcomes=" + outcomes);
        assertThat(outcomes).containsKey("matched").containsKey("rejected 422").containsKey("rejected 400");
    }

    @Test
    void the_matching_endpoint_never_answers_5xx() throws Exception {
        int tries = Integer.getInteger("fuzz.matching.http.tries", 60);
        RuleSetHolder holder = new RuleSetHolder(Scenarios.ruleSet());
        Javalin app = WebApp.create(new WebApp.Deps(holder, new AdviceService(holder, Scenarios.CLOCK), Path.of("web"),
                false, WebApp.DEFAULT_MAX_BODY_BYTES)).start(0);
        HttpClient client = HttpClient.newHttpClient();
        RequestFuzzer fuzzer = new RequestFuzzer(SEED + 1, MatchRequestParser.schemaDocument(JSON));
        Map<Integer, Integer> statuses = new TreeMap<>();
        try {
            for (int i = 0; i < tries; i++) {
                String body = fuzzer.next();
                if (i % 5 == 0) { // keep HTTP runs short: at most a one-second search
                    body = body.replaceAll("\"timeLimitSeconds\":\\d+", "\"timeLimitSeconds\":1");
                }
                body = body.replaceAll("\"timeLimitSeconds\":(\\d{2,})", "\"timeLimitSeconds\":1");
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port()
                        + "/api/v1/matching" + (i % 2 == 0 ? "" : "?lang=en")))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                statuses.merge(r.statusCode(), 1, Integer::sum);
                if (!Set.of(200, 400, 413, 422).contains(r.statusCode())) {
                    fail("input %d (seed %d): status %d for %s -> %s", i, SEED + 1, r.statusCode(), body, r.body());
                }
                JsonNode answer = JSON.readTree(r.body());
                if (r.statusCode() != 200) {
                    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                    assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
                } else {
                    assertThat(answer.get("proposal").asBoolean()).isTrue();
                }
            }
        } finally {
            app.stop();
        }
        System.out.println("FUZZ target=matching-http inputs=" + tries + " seed=" + (SEED + 1) + " statuses=" + statuses);
        assertThat(statuses).containsKeys(200, 422);
    }
}

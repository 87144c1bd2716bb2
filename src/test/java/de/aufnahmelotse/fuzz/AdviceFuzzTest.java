package de.aufnahmelotse.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.aufnahmelotse.advice.AdviceRequest;
import de.aufnahmelotse.advice.AdviceRequestParser;
import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.advice.InvalidRequestException;
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
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Generated and mutated request bodies against the JSON mapping (parser + rule evaluation in process) and against
 * the real POST /api/v1/advice: never an exception escaping, never a 5xx; always 200, or 400/413/422 with
 * problem+json. Few inputs in the unit-test run; {@code bench/fuzz.sh} runs 100,000+ with
 * {@code -Dfuzz.tries=N -Dfuzz.http.tries=M -Dfuzz.seed=S}. Prints a FUZZ line with the counts.
 */
class AdviceFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SEED = Long.getLong("fuzz.seed", 20261123L);

    @Test
    void the_parser_and_the_rules_never_let_an_exception_escape() {
        int tries = Integer.getInteger("fuzz.tries", 1000);
        RequestFuzzer fuzzer = new RequestFuzzer(SEED);
        AdviceRequestParser parser = Scenarios.parser();
        AdviceService service = Scenarios.service();
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int i = 0; i < tries; i++) {
            String body = fuzzer.next();
            String lang = i % 2 == 0 ? "de" : "en";
            String outcome;
            try {
                AdviceRequest request = parser.parse(body, lang);
                var response = service.advise(request, new AdviceService.Options(lang, i % 3 == 0, i % 5 == 0));
                assertThat(response.programs()).isNotNull();
                outcome = "advised";
            } catch (InvalidRequestException e) {
                assertThat(e.status()).as("input %d (seed %d): %s", i, SEED, body).isIn(400, 422);
                assertThat(e.errors()).as("input %d: every error names a field list", i).isNotEmpty();
                outcome = "rejected " + e.status();
            } catch (RuntimeException e) {
                throw new AssertionError("input " + i + " (seed " + SEED + ") let " + e + " escape: " + abbreviate(body), e);
            }
            outcomes.merge(outcome, 1, Integer::sum);
        }
        System.out.println("FUZZ target=parser+rules inputs=" + tries + " seed=" + SEED + " outcomes=" + outcomes);
        assertThat(outcomes).containsKey("advised").containsKey("rejected 422").containsKey("rejected 400");
    }

    @Test
    void the_advice_endpoint_never_answers_5xx() throws Exception {
        int tries = Integer.getInteger("fuzz.http.tries", 150);
        RuleSetHolder holder = new RuleSetHolder(Scenarios.ruleSet());
        Javalin app = WebApp.create(new WebApp.Deps(holder, new AdviceService(holder, Scenarios.CLOCK), Path.of("web"),
                false, WebApp.DEFAULT_MAX_BODY_BYTES)).start(0);
        HttpClient client = HttpClient.newHttpClient();
        RequestFuzzer fuzzer = new RequestFuzzer(SEED + 1);
        Map<Integer, Integer> statuses = new TreeMap<>();
        try {
            for (int i = 0; i < tries; i++) {
                String body = i % 97 == 0 ? "{\"municipality\":{\"name\":\"" + "x".repeat(300_000) + "\"}}" : fuzzer.next();
                String query = switch (i % 4) {
                    case 0 -> "";
                    case 1 -> "?lang=en&include=all";
                    case 2 -> "?trace=true";
                    default -> "?lang=" + (i % 8 == 3 ? "fr" : "de");
                };
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port()
                        + "/api/v1/advice" + query)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                statuses.merge(r.statusCode(), 1, Integer::sum);
                if (!Set.of(200, 400, 413, 422).contains(r.statusCode())) {
                    fail("input %d (seed %d): status %d for %s -> %s", i, SEED + 1, r.statusCode(), abbreviate(body),
                            r.body());
                }
                JsonNode answer = JSON.readTree(r.body());
                if (r.statusCode() == 200) {
                    assertThat(answer.has("programs")).isTrue();
                } else {
                    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                    assertThat(answer.get("status").asInt()).isEqualTo(r.statusCode());
                    assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
                }
            }
        } finally {
            app.stop();
        }
        System.out.println("FUZZ target=http inputs=" + tries + " seed=" + (SEED + 1) + " statuses=" + statuses);
        assertThat(statuses).containsKeys(200, 400, 413, 422);
    }

    private static String abbreviate(String body) {
        return body.length() > 500 ? body.substring(0, 500) + "…(" + body.length() + " chars)" : body;
    }
}

package de.aufnahmelotse.http;

import static org.assertj.core.api.Assertions.assertThat;

import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.ruleset.RuleSet;
import de.aufnahmelotse.ruleset.RuleSetHolder;
import de.aufnahmelotse.scenarios.Scenarios;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Evaluating requests take one slot per core; the others wait their turn and are all answered. */
class EvaluationSlotsTest {

    @Test
    void no_more_requests_evaluate_at_once_than_there_are_cores_and_every_request_is_answered() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        RuleSetHolder holder = new RuleSetHolder(Scenarios.ruleSet());
        AtomicInteger now = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        // AdviceService reads the rule set once at the start of every evaluation: hold it there for a while
        Supplier<RuleSet> slow = () -> {
            most.accumulateAndGet(now.incrementAndGet(), Math::max);
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            now.decrementAndGet();
            return holder.get();
        };
        Javalin app = WebApp.create(new WebApp.Deps(holder, new AdviceService(slow, Scenarios.CLOCK), null, false,
                WebApp.DEFAULT_MAX_BODY_BYTES)).start(0);
        try {
            HttpClient client = HttpClient.newHttpClient();
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 2 * cores + 2; i++) {
                answers.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port()
                                + "/api/v1/advice")).header("Content-Type", "application/json")
                        .header("Cache-Control", "no-cache")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"asOf\":\"2024-05-01\",\"municipality\":"
                                + "{\"state\":\"BB\",\"population\":" + (100 + i) + "}}")).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            for (CompletableFuture<HttpResponse<String>> a : answers) {
                assertThat(a.get().statusCode()).isEqualTo(200);
            }
            assertThat(most.get()).isEqualTo(cores);
        } finally {
            app.stop();
        }
    }
}

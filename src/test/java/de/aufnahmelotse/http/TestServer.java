package de.aufnahmelotse.http;

import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.municipalities.MunicipalityDirectory;
import de.aufnahmelotse.ruleset.RuleSetHolder;
import de.aufnahmelotse.scenarios.Scenarios;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

/** The real app on a random port, with the bundled rules and the fixed scenario clock. */
final class TestServer implements AutoCloseable {
    final Javalin app;
    final HttpClient client = HttpClient.newHttpClient();

    TestServer(boolean baseline) {
        this(baseline, null);
    }

    /** With a municipality directory (prefill, /api/v1/municipalities); {@code directory} may be null. */
    TestServer(boolean baseline, MunicipalityDirectory directory) {
        this(baseline, new RuleSetHolder(Scenarios.ruleSet()), WebApp.Ops.defaults(), directory);
    }

    /** With the given rules holder and operations settings (reload, limits, CORS); metrics see evaluations. */
    TestServer(boolean baseline, RuleSetHolder holder, WebApp.Ops ops) {
        this(baseline, holder, ops, null);
    }

    TestServer(boolean baseline, RuleSetHolder holder, WebApp.Ops ops, MunicipalityDirectory directory) {
        app = WebApp.create(new WebApp.Deps(holder, new AdviceService(holder, Scenarios.CLOCK, directory,
                ops.metrics()), Path.of("web"), baseline, WebApp.DEFAULT_MAX_BODY_BYTES), ops).start(0);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + app.port() + path);
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        app.stop();
    }
}

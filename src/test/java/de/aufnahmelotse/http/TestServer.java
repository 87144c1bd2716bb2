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
        RuleSetHolder holder = new RuleSetHolder(Scenarios.ruleSet());
        app = WebApp.create(new WebApp.Deps(holder, new AdviceService(holder, Scenarios.CLOCK, directory),
                Path.of("web"), baseline, WebApp.DEFAULT_MAX_BODY_BYTES)).start(0);
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

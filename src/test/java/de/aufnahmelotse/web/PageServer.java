package de.aufnahmelotse.web;

import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.http.ErrorMapping;
import de.aufnahmelotse.http.WebApp;
import de.aufnahmelotse.municipalities.MunicipalityDirectory;
import de.aufnahmelotse.municipalities.SharedData;
import de.aufnahmelotse.ruleset.RuleSetHolder;
import de.aufnahmelotse.scenarios.Scenarios;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The real WebApp (rules, API, web/ from disk, the real Destatis directory from ../shared/data) on a random port.
 * {@link #directoryLoaded} false makes the municipality endpoints answer exactly as a server started without
 * {@code --gemeinden} does (the real 503 problem from ErrorMapping), so the page's fallback can be tested in the
 * same browser session.
 */
final class PageServer implements AutoCloseable {
    final Javalin app;
    final AtomicBoolean directoryLoaded = new AtomicBoolean(true);

    PageServer() {
        this(SharedData.directory());
    }

    /** With another directory (the map needs the 2023 Excel directory's coordinates). */
    PageServer(MunicipalityDirectory directory) {
        RuleSetHolder holder = new RuleSetHolder(Scenarios.ruleSet());
        app = WebApp.create(new WebApp.Deps(holder, new AdviceService(holder, Scenarios.CLOCK, directory),
                Path.of("web"), false, WebApp.DEFAULT_MAX_BODY_BYTES));
        app.unsafe.routes.before("/api/v1/municipalities*", ctx -> {
            if (!directoryLoaded.get()) {
                throw new ErrorMapping.DirectoryNotLoadedException();
            }
        });
        app.start(0);
    }

    String url(String path) {
        return "http://localhost:" + app.port() + path;
    }

    @Override
    public void close() {
        app.stop();
    }
}

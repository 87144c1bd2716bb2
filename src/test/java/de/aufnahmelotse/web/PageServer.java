package de.aufnahmelotse.web;

import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.http.WebApp;
import de.aufnahmelotse.ruleset.RuleSetHolder;
import de.aufnahmelotse.scenarios.Scenarios;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The real WebApp (rules, API, web/ from disk) on a random port. While the municipality directory endpoint is not on
 * this branch, a tiny test-only fake of GET /api/v1/municipalities answers with three fixture rows in exactly the
 * shape the directory service promises; {@link #directoryLoaded} false makes it answer 503 like a server started
 * without a directory. When the real endpoint exists, the fake is not registered.
 */
final class PageServer implements AutoCloseable {
    static final List<Map<String, Object>> FIXTURE = List.of(
            Map.ofEntries(Map.entry("ags", "12064172"), Map.entry("name", "Golzow"), Map.entry("state", "BB"),
                    Map.entry("district", "Märkisch-Oderland"), Map.entry("districtAgs", "12064"),
                    Map.entry("kind", "GEMEINDE"), Map.entry("population", 799), Map.entry("areaKm2", 24.3),
                    Map.entry("densityPerKm2", 32.9), Map.entry("degreeOfUrbanisation", 3),
                    Map.entry("postalCode", "15328")),
            Map.ofEntries(Map.entry("ags", "05962004"), Map.entry("name", "Altena, Stadt"), Map.entry("state", "NW"),
                    Map.entry("district", "Märkischer Kreis"), Map.entry("districtAgs", "05962"),
                    Map.entry("kind", "STADT"), Map.entry("population", 16922), Map.entry("areaKm2", 44.5),
                    Map.entry("densityPerKm2", 380.3), Map.entry("degreeOfUrbanisation", 2),
                    Map.entry("postalCode", "58762")),
            Map.ofEntries(Map.entry("ags", "09162000"), Map.entry("name", "München, Landeshauptstadt"),
                    Map.entry("state", "BY"), Map.entry("district", "München"), Map.entry("districtAgs", "09162"),
                    Map.entry("kind", "KREISFREIE_STADT"), Map.entry("population", 1484226),
                    Map.entry("areaKm2", 310.7), Map.entry("densityPerKm2", 4777.0),
                    Map.entry("degreeOfUrbanisation", 1), Map.entry("postalCode", "80331")));

    final Javalin app;
    final AtomicBoolean directoryLoaded = new AtomicBoolean(true);

    PageServer() {
        RuleSetHolder holder = new RuleSetHolder(Scenarios.ruleSet());
        app = WebApp.create(new WebApp.Deps(holder, new AdviceService(holder, Scenarios.CLOCK), Path.of("web"), false,
                WebApp.DEFAULT_MAX_BODY_BYTES));
        if (!app.unsafe.internalRouter.hasHttpHandlerEntry(HandlerType.GET, "/api/v1/municipalities")) {
            app.unsafe.routes.get("/api/v1/municipalities", ctx -> {
                if (!directoryLoaded.get()) {
                    ctx.status(503).contentType("application/problem+json").result(
                            "{\"title\":\"Verzeichnis nicht geladen\",\"status\":503}");
                    return;
                }
                String q = String.valueOf(ctx.queryParam("q")).toLowerCase(Locale.ROOT);
                String state = ctx.queryParam("state");
                int limit = ctx.queryParam("limit") == null ? 20 : Integer.parseInt(ctx.queryParam("limit"));
                ctx.json(FIXTURE.stream()
                        .filter(m -> ((String) m.get("name")).toLowerCase(Locale.ROOT).contains(q)
                                || m.get("ags").equals(q) || m.get("postalCode").equals(q))
                        .filter(m -> state == null || state.isEmpty() || state.equals(m.get("state")))
                        .limit(limit).toList());
            });
        }
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

package de.aufnahmelotse.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.aufnahmelotse.engine.RuleProblem;
import de.aufnahmelotse.ops.Metrics;
import de.aufnahmelotse.ops.RateLimiter;
import de.aufnahmelotse.ruleset.RuleSetReloader;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.plugin.bundled.CorsPlugin;
import io.javalin.router.Endpoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 7, everything operators need, kept apart from the feature routes: security headers, CORS allow-list,
 * per-client rate limit (429 + Retry-After), access log (method, route, status, duration — never a body), metrics
 * at /metrics, the OpenAPI document at /openapi.json and its rendering at /api/docs, and the admin reload.
 */
final class Operations {
    private static final Logger ACCESS = LoggerFactory.getLogger("access");

    /** On every response, the page's included: no inline script, no framing, no MIME sniffing, no referrer. */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Cross-Origin-Opener-Policy", "same-origin");

    private static final Map<String, String> DOCS = Map.of(
            "/api/docs", "apidocs/index.html",
            "/api/docs/apidocs.js", "apidocs/apidocs.js",
            "/api/docs/apidocs.css", "apidocs/apidocs.css");

    private final WebApp.Ops ops;
    private final RateLimiter limiter;
    private final byte[] openApi;

    Operations(WebApp.Ops ops, ObjectMapper mapper) {
        this.ops = ops;
        this.limiter = ops.rateLimitPerMinute() > 0 ? new RateLimiter(ops.rateLimitPerMinute()) : null;
        try {
            this.openApi = mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(OpenApi.document(mapper));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void install(JavalinConfig config) {
        if (!ops.corsOrigins().isEmpty()) {
            config.registerPlugin(new CorsPlugin(cors -> cors.addRule(rule -> {
                rule.path = "/api/*";
                rule.allowHost(ops.corsOrigins().get(0),
                        ops.corsOrigins().subList(1, ops.corsOrigins().size()).toArray(String[]::new));
                rule.exposeHeader("Retry-After");
                rule.maxAge = 600;
            })));
        }
        config.requestLogger.http(this::logAndMeasure);
        config.routes.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
        if (limiter != null) {
            config.routes.before("/api/*", this::rateLimit);
        }
        config.routes.get("/metrics", ctx -> ctx.contentType(Metrics.CONTENT_TYPE).result(ops.metrics().scrape()));
        config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        DOCS.forEach((path, resource) -> config.routes.get(path, ctx -> resource(ctx, resource)));
        config.routes.post("/api/v1/admin/reload", this::reload);
    }

    private void logAndMeasure(Context ctx, Float millis) {
        String route = route(ctx);
        int status = ctx.statusCode();
        ops.metrics().httpRequest(ctx.method().name(), route, status, (long) (millis * 1_000_000));
        ACCESS.info("{} {} {} {} ms", ctx.method().name(), route, status, String.format(java.util.Locale.ROOT,
                "%.1f", millis));
    }

    /** The matched route template (bounded label values), "static" for files, "unmatched" otherwise. */
    private static String route(Context ctx) {
        try {
            Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
            if (endpoint != null && endpoint.method != HandlerType.BEFORE && endpoint.method != HandlerType.AFTER) {
                return endpoint.path;
            }
        } catch (RuntimeException ignored) {
            // no endpoint matched
        }
        if (ctx.method() == HandlerType.OPTIONS) {
            return "preflight";
        }
        return ctx.statusCode() == 404 || ctx.statusCode() == 405 ? "unmatched" : "static";
    }

    private void rateLimit(Context ctx) {
        if (ctx.method() == HandlerType.OPTIONS) {
            return;
        }
        String client = ctx.ip();
        long wait = limiter.acquire(client);
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            boolean de = german(ctx);
            throw new HttpResponseException(429, de ? "Mehr als " + limiter.perMinute()
                    + " Anfragen pro Minute; bitte nach " + wait + " s erneut versuchen."
                    : "More than " + limiter.perMinute() + " requests a minute; retry after " + wait + " s.");
        }
    }

    private void reload(Context ctx) throws InterruptedException {
        boolean de = german(ctx);
        if (ops.adminToken() == null || ops.adminToken().isEmpty() || ops.reloader() == null) {
            throw new HttpResponseException(403, de
                    ? "Das Neuladen über HTTP ist auf dieser Instanz abgeschaltet (kein ADMIN_TOKEN gesetzt)."
                    : "Reloading over HTTP is switched off on this instance (no ADMIN_TOKEN set).");
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"aufnahmelotse\"");
            throw new HttpResponseException(401, de ? "Ein Bearer-Token im Authorization-Header wird erwartet."
                    : "A bearer token in the Authorization header is expected.");
        }
        byte[] given = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, ops.adminToken().getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"aufnahmelotse\", error=\"invalid_token\"");
            throw new HttpResponseException(401, de ? "Das Token ist falsch." : "The token is wrong.");
        }
        RuleSetReloader.Result result;
        try {
            result = ops.reloader().reload("admin").get(5, TimeUnit.MINUTES);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("reload did not finish", e);
        }
        if (result.outcome() == RuleSetReloader.Outcome.FAILED) {
            ErrorMapping.write(ctx, new Problem(ErrorMapping.TYPE_BASE + "rules-invalid", ErrorMapping.title(ctx, 422),
                    422, (de ? "Die Regeln enthalten Fehler; weiter bedient wird Version "
                    : "The rules have errors; still serving version ") + result.servedVersion(), ctx.path(),
                    result.problems().stream().map(p -> new Problem.FieldError(p.path() + ":" + p.line() + ":"
                            + p.column(), p.message())).toList()));
            return;
        }
        ctx.json(reloadView(result));
    }

    static Map<String, Object> reloadView(RuleSetReloader.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("outcome", r.outcome().name());
        m.put("trigger", r.trigger());
        m.put("at", r.at().toString());
        m.put("durationMillis", r.durationMillis());
        m.put("servedVersion", r.servedVersion());
        m.put("previousVersion", r.previousVersion());
        m.put("errors", problems(r.problems()));
        return m;
    }

    static List<Map<String, Object>> problems(List<RuleProblem> problems) {
        return problems.stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("location", p.path() + ":" + p.line() + ":" + p.column());
            m.put("file", p.path());
            m.put("line", p.line());
            m.put("column", p.column());
            m.put("message", p.message());
            return m;
        }).toList();
    }

    private static void resource(Context ctx, String resource) throws IOException {
        try (InputStream in = Operations.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ErrorMapping.NotFoundException(resource);
            }
            String type = resource.endsWith(".html") ? "text/html; charset=utf-8"
                    : resource.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
            ctx.contentType(type).result(in.readAllBytes());
        }
    }

    private static boolean german(Context ctx) {
        try {
            return "de".equals(Language.of(ctx));
        } catch (RuntimeException e) {
            return true;
        }
    }
}

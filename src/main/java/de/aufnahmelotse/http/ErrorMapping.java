package de.aufnahmelotse.http;

import de.aufnahmelotse.advice.InvalidRequestException;
import de.aufnahmelotse.cases.CaseNotFoundException;
import de.aufnahmelotse.cases.CasesUnavailableException;
import de.aufnahmelotse.cases.StaleVersionException;
import de.aufnahmelotse.ruleset.RulesNotLoadedException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where every error becomes application/problem+json. Never a stack trace in a response. */
public final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
    static final String TYPE_BASE = "https://aufnahmelotse.de/problems/";

    private ErrorMapping() {
    }

    /** An unknown id in a path (404). */
    public static class NotFoundException extends RuntimeException {
        public NotFoundException(String message) {
            super(message);
        }
    }

    /** The municipality directory was not configured (serve --gemeinden FILE) (503). */
    public static class DirectoryNotLoadedException extends RuntimeException {
    }

    public static void register(JavalinConfig config) {
        config.routes.exception(InvalidRequestException.class, (e, ctx) -> write(ctx, new Problem(
                TYPE_BASE + (e.status() == 400 ? "malformed-request" : "invalid-values"),
                title(ctx, e.status()), e.status(), e.getMessage(), ctx.path(),
                e.errors().stream().map(f -> new Problem.FieldError(f.field(), f.message())).toList())));
        config.routes.exception(NotFoundException.class, (e, ctx) -> write(ctx, new Problem(
                TYPE_BASE + "not-found", title(ctx, 404), 404, e.getMessage(), ctx.path(), null)));
        config.routes.exception(RulesNotLoadedException.class, (e, ctx) -> write(ctx, new Problem(
                TYPE_BASE + "rules-not-loaded", title(ctx, 503), 503, german(ctx)
                ? "Die Regeln sind noch nicht geladen." : "The rules are not loaded yet.", ctx.path(), null)));
        config.routes.exception(DirectoryNotLoadedException.class, (e, ctx) -> write(ctx, new Problem(
                TYPE_BASE + "directory-not-loaded", title(ctx, 503), 503, german(ctx)
                ? "Kein Gemeindeverzeichnis geladen (gestartet mit --no-directory)."
                : "No municipality directory loaded (started with --no-directory).", ctx.path(), null)));
        // cases (issue 14): one 404 for an unknown id, a missing and a wrong key alike
        config.routes.exception(CaseNotFoundException.class, (e, ctx) -> write(ctx, new Problem(
                TYPE_BASE + "not-found", title(ctx, 404), 404, german(ctx)
                ? "Kein Fall mit dieser Kennung und diesem Zugangsschlüssel."
                : "No case with this id and access key.", ctx.path(), null)));
        config.routes.exception(StaleVersionException.class, (e, ctx) -> write(ctx, new Problem(
                TYPE_BASE + "stale-version", title(ctx, 409), 409, german(ctx)
                ? "Der Schritt wurde inzwischen geändert (Version " + e.current() + "); bitte neu laden."
                : "The step was changed in the meantime (version " + e.current() + "); please reload.", ctx.path(),
                List.of(new Problem.FieldError("version", (german(ctx) ? "aktuell: " : "current: ")
                        + e.current())))));
        config.routes.exception(CasesUnavailableException.class, (e, ctx) -> {
            LOG.warn("cases unavailable ({} on the case routes): {}", ctx.method(), e.getMessage());
            ctx.header("Retry-After", "30");
            write(ctx, new Problem(TYPE_BASE + "cases-unavailable", title(ctx, 503), 503, german(ctx)
                    ? "Die Fallablage ist gerade nicht erreichbar; die Beratung funktioniert weiter."
                    : "Case storage is not reachable right now; advice keeps working.", ctx.path(), null));
        });
        config.routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, new Problem(
                TYPE_BASE + slug(e.getStatus()), title(ctx, e.getStatus()), e.getStatus(),
                detail(ctx, e.getStatus(), e.getMessage()), ctx.path(), null)));
        config.routes.exception(Exception.class, (e, ctx) -> {
            String incident = UUID.randomUUID().toString();
            LOG.error("incident {} on {} {}", incident, ctx.method(), ctx.path(), e);
            write(ctx, new Problem(TYPE_BASE + "internal-error", title(ctx, 500), 500, (german(ctx)
                    ? "Interner Fehler. Kennung für den Betrieb: " : "Internal error. Incident id for operators: ")
                    + incident, ctx.path(), null));
        });
        config.routes.error(404, ctx -> {
            String written = ctx.res().getContentType(); // "application/problem+json;charset=utf-8" once written
            if (ctx.path().startsWith("/api/") && (written == null || !written.startsWith(Problem.CONTENT_TYPE))) {
                write(ctx, new Problem(TYPE_BASE + "not-found", title(ctx, 404), 404, (german(ctx)
                        ? "Keine Ressource unter " : "No resource at ") + ctx.path(), ctx.path(), null));
            }
        });
        config.routes.error(405, ctx -> write(ctx, new Problem(TYPE_BASE + "method-not-allowed", title(ctx, 405), 405,
                ctx.method() + " " + ctx.path(), ctx.path(), null)));
    }

    static void write(Context ctx, Problem problem) {
        ctx.status(problem.status());
        ctx.json(problem);
        ctx.contentType(Problem.CONTENT_TYPE);
    }

    private static boolean german(Context ctx) {
        try {
            return "de".equals(Language.of(ctx));
        } catch (InvalidRequestException e) {
            return true;
        }
    }

    private static String slug(int status) {
        return switch (status) {
            case 400 -> "malformed-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 409 -> "conflict";
            case 413 -> "body-too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "rate-limited";
            default -> "http-" + status;
        };
    }

    private static String detail(Context ctx, int status, String message) {
        if (status == 413) {
            return german(ctx) ? "Der Anfragetext ist zu groß." : "The request body is too large.";
        }
        return message;
    }

    static String title(Context ctx, int status) {
        boolean de = german(ctx);
        return switch (status) {
            case 400 -> de ? "Ungültige Anfrage" : "Malformed request";
            case 401 -> de ? "Nicht angemeldet" : "Unauthorized";
            case 403 -> de ? "Nicht erlaubt" : "Forbidden";
            case 404 -> de ? "Nicht gefunden" : "Not found";
            case 405 -> de ? "Methode nicht erlaubt" : "Method not allowed";
            case 409 -> de ? "Konflikt" : "Conflict";
            case 413 -> de ? "Anfrage zu groß" : "Request too large";
            case 415 -> de ? "Medientyp nicht unterstützt" : "Unsupported media type";
            case 422 -> de ? "Ungültige Angaben" : "Invalid values";
            case 429 -> de ? "Zu viele Anfragen" : "Too many requests";
            case 503 -> de ? "Dienst nicht bereit" : "Service not ready";
            case 500 -> de ? "Interner Fehler" : "Internal error";
            default -> "HTTP " + status;
        };
    }
}

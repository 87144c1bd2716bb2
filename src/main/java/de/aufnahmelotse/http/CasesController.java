package de.aufnahmelotse.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.aufnahmelotse.advice.AdviceRequestParser;
import de.aufnahmelotse.advice.InvalidRequestException;
import de.aufnahmelotse.cases.Access;
import de.aufnahmelotse.cases.CaseRequests;
import de.aufnahmelotse.cases.CaseService;
import de.aufnahmelotse.cases.CaseViews;
import de.aufnahmelotse.cases.CasesUnavailableException;
import de.aufnahmelotse.ops.RateLimiter;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The case routes (issue 14) under {@code /api/v1/cases}: parse, validate, call {@link CaseService}, serialise.
 * Access is {@code Authorization: Bearer <accessKey>}; a missing or wrong key and an unknown id answer the same 404.
 * Without a configured case store every route answers 503, and so does a database that cannot be reached.
 * Answers carry {@code Cache-Control: no-store}. Bodies are never logged.
 */
final class CasesController {
    static final String BASE = "/api/v1/cases";

    private final CaseService service;
    private final CaseRequests requests;
    private final ObjectMapper mapper;
    private final RateLimiter limiter;

    /** {@code service} null: no case storage (every route 503); {@code rateLimitPerMinute} 0: no limit. */
    CasesController(CaseService service, int rateLimitPerMinute, ObjectMapper mapper) {
        this.service = service;
        this.mapper = mapper;
        this.requests = new CaseRequests(new AdviceRequestParser(mapper), mapper);
        this.limiter = rateLimitPerMinute > 0 ? new RateLimiter(rateLimitPerMinute) : null;
    }

    /** Before every case route: no caching, then the per-client case limit (429 with Retry-After). */
    void before(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        if (limiter == null || ctx.method() == HandlerType.OPTIONS) {
            return;
        }
        long wait = limiter.acquire(ctx.ip());
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            boolean de = german(ctx);
            throw new HttpResponseException(429, de ? "Mehr als " + limiter.perMinute()
                    + " Anfragen an Fälle pro Minute; bitte nach " + wait + " s erneut versuchen."
                    : "More than " + limiter.perMinute() + " case requests a minute; retry after " + wait + " s.");
        }
    }

    void create(Context ctx) {
        String language = Language.of(ctx);
        CaseRequests.NewCase body = requests.newCase(requests.json(ctx.body(), language), language);
        CaseViews.Created created = service().create(body, language);
        ctx.status(201).header("Location", BASE + "/" + created.id()).json(created);
    }

    void get(Context ctx) {
        Language.of(ctx); // an unknown lang is a 422 here too
        ctx.json(service().get(ctx.pathParam("id"), access(ctx)));
    }

    void replaceRequest(Context ctx) {
        String language = Language.of(ctx);
        CaseRequests.CaseRequest request = requests.request(requests.json(ctx.body(), language), language);
        String explicit = ctx.queryParam("lang") != null ? language : null; // else the case keeps its language
        ctx.json(service().replaceRequest(ctx.pathParam("id"), access(ctx), request, explicit));
    }

    void updateStep(Context ctx) {
        String language = Language.of(ctx);
        CaseRequests.StepUpdate update = requests.stepUpdate(requests.json(ctx.body(), language), language);
        ctx.json(service().updateStep(ctx.pathParam("id"), access(ctx), update, language));
    }

    void changes(Context ctx) {
        String language = Language.of(ctx);
        LocalDate asOf = null;
        String given = ctx.queryParam("asOf");
        if (given != null) {
            try {
                asOf = LocalDate.parse(given);
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException(422, "de".equals(language) ? "Ungültiges Datum" : "Invalid date",
                        List.of(new InvalidRequestException.FieldError("asOf", "de".equals(language)
                                ? "ein Datum JJJJ-MM-TT" : "a date YYYY-MM-DD")));
            }
        }
        ctx.json(service().changes(ctx.pathParam("id"), access(ctx), asOf));
    }

    void calendar(Context ctx) {
        String id = ctx.pathParam("id");
        String ics = service().calendar(id, access(ctx));
        ctx.contentType("text/calendar; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"fall-" + safe(id) + ".ics\"").result(ics);
    }

    void export(Context ctx) throws java.io.IOException {
        String id = ctx.pathParam("id");
        CaseViews.Export export = service().export(id, access(ctx));
        ctx.contentType("application/json")
                .header("Content-Disposition", "attachment; filename=\"fall-" + safe(id) + ".json\"")
                .result(mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(export));
    }

    void delete(Context ctx) {
        service().delete(ctx.pathParam("id"), access(ctx));
        ctx.status(204);
    }

    private CaseService service() {
        if (service == null) {
            throw new CasesUnavailableException("no case storage configured");
        }
        return service;
    }

    /** {@code Authorization: Bearer <key>} → the key; anything else → no access (which ends in the same 404). */
    static Access access(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.length() <= 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Access.none();
        }
        return new Access.Key(header.substring(7).trim());
    }

    private static String safe(String id) {
        return id.replaceAll("[^0-9a-f-]", "");
    }

    private static boolean german(Context ctx) {
        try {
            return "de".equals(Language.of(ctx));
        } catch (RuntimeException e) {
            return true;
        }
    }
}

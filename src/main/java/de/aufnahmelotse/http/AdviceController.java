package de.aufnahmelotse.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.aufnahmelotse.advice.AdviceRequest;
import de.aufnahmelotse.advice.AdviceRequestParser;
import de.aufnahmelotse.advice.AdviceResponse;
import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.ops.Metrics;
import de.aufnahmelotse.ruleset.RulesNotLoadedException;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import org.eclipse.jetty.http.QuotedQualityCSV;

/**
 * POST /api/v1/advice (and the benchmark baseline): parse, validate, call the service, serialise. Answers are kept
 * in an {@link AdviceCache}; the response header {@value #CACHE_HEADER} says HIT, MISS or BYPASS.
 */
final class AdviceController {
    static final String CACHE_HEADER = "Aufnahmelotse-Cache";

    private final AdviceService service;
    private final AdviceRequestParser parser;
    private final ObjectMapper mapper;
    private final AdviceCache cache;
    private final Metrics metrics;
    private final Semaphore evaluating;
    private final AnswerBuffers buffers;

    /**
     * {@code evaluationSlots}: how many requests may parse, evaluate and serialise at once. Those steps only use the
     * CPU; with one per core, a request runs start to end instead of 32 requests taking turns on two cores (measured
     * on bench/vary.lua with no-cache: 797–948 → 969–1,248 req/s, p99 95 → 67 ms). Kept answers need no slot.
     */
    AdviceController(AdviceService service, AdviceRequestParser parser, ObjectMapper mapper, AdviceCache cache,
                     Metrics metrics, int evaluationSlots) {
        this.service = service;
        this.parser = parser;
        this.mapper = mapper;
        this.cache = cache;
        this.metrics = metrics;
        this.evaluating = new Semaphore(evaluationSlots, true);
        // a buffer is held from serialising until the socket has the bytes: the slots plus the answers still being
        // written (a client reading slowly holds one); a buffer dropped because the pool was full is garbage to
        // the collector, so keep enough (16 × 256 KB on two cores)
        this.buffers = new AnswerBuffers(8 * evaluationSlots);
    }

    void advise(Context ctx) {
        String language = Language.of(ctx);
        boolean includeAll = "all".equals(ctx.queryParam("include"));
        boolean trace = "true".equals(ctx.queryParam("trace"));
        String body = ctx.body();
        ctx.header("Vary", "Accept-Encoding, Accept-Language");
        AdviceCache.Key key = trace || !cache.enabled() || refusesStored(ctx) ? null
                : key(language, includeAll, body);
        AdviceCache.Answer kept = key == null ? null : cache.get(key);
        if (kept != null) {
            send(ctx, key, kept, "HIT");
            return;
        }
        AdviceResponse response;
        AnswerBuffers.Buffer json = null;
        try {
            evaluating.acquireUninterruptibly();
            try {
                // borrowed with the slot, not before: 32 waiting requests would otherwise hold 32 buffers
                json = buffers.borrow();
                AdviceRequest request = parser.parse(body, language);
                response = service.advise(request, new AdviceService.Options(language, includeAll, trace));
                write(response, json);
            } finally {
                evaluating.release();
            }
            if (key == null) {
                metrics.adviceAnswer("BYPASS");
                ctx.header(CACHE_HEADER, "BYPASS");
                if (acceptsGzip(ctx.header("Accept-Encoding"))) {
                    // Javalin compresses a result it is given whole
                    ctx.contentType(ContentType.APPLICATION_JSON).result(json.toByteArray());
                } else {
                    ctx.contentType(ContentType.APPLICATION_JSON);
                    ctx.res().setContentLength(json.size());
                    json.writeTo(ctx.outputStream());
                }
                return;
            }
            // kept under the version that answered, which a concurrent reload may have made newer than the key's
            AdviceCache.Key answered = key.withRulesetVersion(response.rulesetVersion());
            AdviceCache.Answer answer = new AdviceCache.Answer(json.toByteArray(), null);
            cache.put(answered, answer);
            send(ctx, answered, answer, "MISS");
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (json != null) {
                buffers.giveBack(json);
            }
        }
    }

    /** Same parsing into the same model, no rules: the yardstick the advice benchmark is measured against. */
    void baseline(Context ctx) {
        String language = Language.of(ctx);
        AdviceRequest request = parser.parse(ctx.body(), language);
        ctx.json(new AdviceResponse("baseline", request.asOf() != null ? request.asOf() : service.today(), language,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                new AdviceResponse.Trace(0, 0, null, false)));
    }

    /** Null when no rules are loaded: the request then fails as before, after validation, with 503. */
    private AdviceCache.Key key(String language, boolean includeAll, String body) {
        try {
            return new AdviceCache.Key(service.ruleSet().version(), service.today(), language, includeAll, body);
        } catch (RulesNotLoadedException e) {
            return null;
        }
    }

    /** Kept answers are served in the encoding the client accepts, with their length; Javalin compresses nothing. */
    private void send(Context ctx, AdviceCache.Key key, AdviceCache.Answer answer, String outcome) {
        metrics.adviceAnswer(outcome);
        ctx.header(CACHE_HEADER, outcome);
        byte[] bytes = answer.json();
        if (acceptsGzip(ctx.header("Accept-Encoding"))) {
            bytes = cache.gzip(key, answer);
            ctx.header("Content-Encoding", "gzip");
        }
        ctx.contentType(ContentType.APPLICATION_JSON);
        ctx.res().setContentLength(bytes.length);
        try {
            ctx.outputStream().write(bytes); // one write: Jetty sends the array without copying it through a buffer
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the request says a kept answer must not be used: {@code Cache-Control: no-cache} or {@code no-store}. */
    static boolean refusesStored(Context ctx) {
        String cacheControl = ctx.header("Cache-Control");
        if (cacheControl == null) {
            return false;
        }
        String directives = cacheControl.toLowerCase(Locale.ROOT);
        return directives.contains("no-cache") || directives.contains("no-store");
    }

    /** Accept-Encoding names gzip (or x-gzip) with a quality above 0, or names * and not gzip. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null || acceptEncoding.isBlank()) {
            return false;
        }
        QuotedQualityCSV values = new QuotedQualityCSV(); // drops codings with q=0
        values.addValue(acceptEncoding);
        boolean any = false;
        for (String v : values.getValues()) {
            if (v.equalsIgnoreCase("gzip") || v.equalsIgnoreCase("x-gzip")) {
                return true;
            }
            any |= v.equals("*");
        }
        return any && !acceptEncoding.toLowerCase(Locale.ROOT).contains("gzip");
    }

    private void write(AdviceResponse response, AnswerBuffers.Buffer into) {
        try {
            mapper.writeValue(into, response);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

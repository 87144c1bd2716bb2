package de.aufnahmelotse.http;

import de.aufnahmelotse.matching.MatchRequest;
import de.aufnahmelotse.matching.MatchRequestParser;
import de.aufnahmelotse.matching.MatchingService;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;

/**
 * {@code POST /api/v1/matching}: parses (own body limit, {@link MatchRequestParser#MAX_BODY_BYTES}, since a cohort is
 * larger than an advice request), runs the matching and writes the proposal. Runs take seconds of CPU: at most one
 * per core at a time, the others wait their turn. Memory grows with households × pledges (every usable pair is kept
 * as arrays, 7 bytes per pair: 140 MB at 10,000 × 2,000, which runs whole in a 384 MB heap), so runs also share a
 * budget of pairs: one of the largest cohorts runs alone, small ones side by side.
 */
final class MatchingController {
    private final MatchingService service;
    private final MatchRequestParser parser;
    private final Semaphore slots;
    /** Pairs in flight, in units of {@link #PAIRS_PER_UNIT}: the schema's largest cohort takes them all. */
    static final int PAIR_UNITS = 2_000;
    static final long PAIRS_PER_UNIT = 10_000;
    private final Semaphore pairs = new Semaphore(PAIR_UNITS, true);

    MatchingController(MatchingService service, MatchRequestParser parser, int cores) {
        this.service = service;
        this.parser = parser;
        this.slots = new Semaphore(Math.max(1, cores), true);
    }

    void match(Context ctx) throws IOException, InterruptedException {
        String language = Language.of(ctx);
        String body = read(ctx.req().getInputStream(), MatchRequestParser.MAX_BODY_BYTES);
        MatchRequest request = parser.parse(body, language);
        long cohort = (long) request.households().size() * request.pledges().size();
        int units = (int) Math.max(1, Math.min(PAIR_UNITS, (cohort + PAIRS_PER_UNIT - 1) / PAIRS_PER_UNIT));
        pairs.acquire(units);
        try {
            slots.acquire();
            try {
                ctx.json(service.match(request, language));
            } finally {
                slots.release();
            }
        } finally {
            pairs.release(units);
        }
    }

    static String read(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > max) {
                throw new HttpResponseException(413, "body too large");
            }
            out.write(buffer, 0, n);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

package de.aufnahmelotse.http;

import de.aufnahmelotse.screening.BatchRunner;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;

/** POST /api/v1/advice/batch: NDJSON in, NDJSON out, streamed line by line (see {@link BatchRunner}). */
final class BatchController {
    static final String NDJSON = "application/x-ndjson";

    private final BatchRunner runner;
    private final long maxLineBytes;

    BatchController(BatchRunner runner, long maxLineBytes) {
        this.runner = runner;
        this.maxLineBytes = maxLineBytes;
    }

    void batch(Context ctx) throws IOException {
        String language = Language.of(ctx);
        boolean includeAll = "all".equals(ctx.queryParam("include"));
        ctx.status(200);
        ctx.contentType(NDJSON + "; charset=utf-8");
        OutputStream out = ctx.res().getOutputStream();
        runner.run(ctx.req().getInputStream(), out, new BatchRunner.Options(language, includeAll, maxLineBytes));
    }
}

package de.aufnahmelotse.http;

import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.screening.BatchRunner;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;

/** POST /api/v1/advice/batch: NDJSON in, NDJSON out, streamed line by line (see {@link BatchRunner}). */
final class BatchController {
    static final String NDJSON = "application/x-ndjson";

    private final BatchRunner runner;
    private final AdviceService service;
    private final long maxLineBytes;

    BatchController(BatchRunner runner, AdviceService service, long maxLineBytes) {
        this.runner = runner;
        this.service = service;
        this.maxLineBytes = maxLineBytes;
    }

    void batch(Context ctx) throws IOException {
        String language = Language.of(ctx);
        boolean includeAll = "all".equals(ctx.queryParam("include"));
        service.ruleSet(); // without rules: one 503 problem before streaming, not an error on every line
        ctx.status(200);
        ctx.contentType(NDJSON + "; charset=utf-8");
        OutputStream out = ctx.res().getOutputStream();
        runner.run(ctx.req().getInputStream(), out, new BatchRunner.Options(language, includeAll, maxLineBytes));
    }
}

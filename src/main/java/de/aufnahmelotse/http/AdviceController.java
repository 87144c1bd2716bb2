package de.aufnahmelotse.http;

import de.aufnahmelotse.advice.AdviceRequest;
import de.aufnahmelotse.advice.AdviceRequestParser;
import de.aufnahmelotse.advice.AdviceResponse;
import de.aufnahmelotse.advice.AdviceService;
import io.javalin.http.Context;
import java.util.List;

/** POST /api/v1/advice (and the benchmark baseline): parse, validate, call the service, serialise. */
final class AdviceController {
    private final AdviceService service;
    private final AdviceRequestParser parser;

    AdviceController(AdviceService service, AdviceRequestParser parser) {
        this.service = service;
        this.parser = parser;
    }

    void advise(Context ctx) {
        String language = Language.of(ctx);
        AdviceRequest request = parser.parse(ctx.body(), language);
        boolean includeAll = "all".equals(ctx.queryParam("include"));
        boolean trace = "true".equals(ctx.queryParam("trace"));
        ctx.json(service.advise(request, new AdviceService.Options(language, includeAll, trace)));
    }

    /** Same parsing into the same model, no rules: the yardstick the advice benchmark is measured against. */
    void baseline(Context ctx) {
        String language = Language.of(ctx);
        AdviceRequest request = parser.parse(ctx.body(), language);
        ctx.json(new AdviceResponse("baseline", request.asOf() != null ? request.asOf() : service.today(), language,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                new AdviceResponse.Trace(0, 0, null, false)));
    }
}

package de.aufnahmelotse.http;

import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.advice.InvalidRequestException;
import de.aufnahmelotse.advice.InvalidRequestException.FieldError;
import de.aufnahmelotse.map.NationwideMap;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** GET /api/v1/map: the nationwide map's data (web/map.js). Parses and validates; {@link NationwideMap} works. */
final class MapController {
    private final AdviceService advice;
    private final NationwideMap map;

    MapController(AdviceService advice, NationwideMap map) {
        this.advice = advice;
        this.map = map;
    }

    void show(Context ctx) {
        String language = Language.of(ctx);
        boolean de = "de".equals(language);
        List<FieldError> errors = new ArrayList<>();
        LocalDate asOf = advice.today();
        String a = ctx.queryParam("asOf");
        if (a != null && !a.isBlank()) {
            try {
                asOf = LocalDate.parse(a.trim());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("asOf", "ISO 8601 (JJJJ-MM-TT / YYYY-MM-DD): " + a));
            }
        }
        String program = ctx.queryParam("program");
        if (program != null && program.isBlank()) {
            program = null;
        }
        if (program != null && map.program(program.trim()).isEmpty()) {
            errors.add(new FieldError("program", (de ? "Kein Programm mit der Kennung " : "No program with id ")
                    + program));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(422, de ? "Ungültige Abfrageparameter." : "Invalid query parameters.",
                    errors);
        }
        advice.directory().orElseThrow(ErrorMapping.DirectoryNotLoadedException::new);
        long before = map.evaluations();
        NationwideMap.View view = map.view(asOf, program == null ? null : program.trim(), language);
        ctx.header("Aufnahmelotse-Cache", map.evaluations() == before ? "HIT" : "MISS");
        ctx.json(view);
    }
}

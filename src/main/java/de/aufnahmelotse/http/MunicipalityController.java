package de.aufnahmelotse.http;

import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.advice.InvalidRequestException;
import de.aufnahmelotse.advice.InvalidRequestException.FieldError;
import de.aufnahmelotse.facts.Land;
import de.aufnahmelotse.municipalities.MunicipalityDirectory;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** GET /api/v1/municipalities (prefix search), /api/v1/municipalities/{ags}, /api/v1/municipalities/status. */
final class MunicipalityController {
    static final int DEFAULT_LIMIT = 20;

    private final AdviceService advice;

    MunicipalityController(AdviceService advice) {
        this.advice = advice;
    }

    void search(Context ctx) {
        String language = Language.of(ctx);
        List<FieldError> errors = new ArrayList<>();
        Land state = null;
        String s = ctx.queryParam("state");
        if (s != null && !s.isBlank()) {
            try {
                state = Land.valueOf(s.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("state", s + " ∉ " + Arrays.toString(Land.values())));
            }
        }
        int limit = DEFAULT_LIMIT;
        String l = ctx.queryParam("limit");
        if (l != null && !l.isBlank()) {
            try {
                limit = Integer.parseInt(l.trim());
                if (limit < 1 || limit > MunicipalityDirectory.MAX_LIMIT) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                errors.add(new FieldError("limit", ("de".equals(language) ? "Ganze Zahl von 1 bis "
                        : "A whole number from 1 to ") + MunicipalityDirectory.MAX_LIMIT + ": " + l));
            }
        }
        String q = ctx.queryParam("q");
        if (q != null && q.length() > 200) {
            errors.add(new FieldError("q", "de".equals(language) ? "Höchstens 200 Zeichen." : "At most 200 characters."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(422, "de".equals(language) ? "Ungültige Abfrageparameter."
                    : "Invalid query parameters.", errors);
        }
        ctx.json(directory(ctx).search(q == null ? "" : q, state, limit));
    }

    void show(Context ctx) {
        String language = Language.of(ctx);
        String ags = ctx.pathParam("ags");
        if (!ags.matches("[0-9]{8}")) {
            throw new InvalidRequestException(422, "de".equals(language) ? "Ungültiger Gemeindeschlüssel."
                    : "Invalid municipality key.", List.of(new FieldError("ags", "de".equals(language)
                    ? "Acht Ziffern erwartet (Amtlicher Gemeindeschlüssel): " + ags
                    : "Eight digits expected (official municipality key): " + ags)));
        }
        ctx.json(directory(ctx).byAgs(ags).orElseThrow(() -> new ErrorMapping.NotFoundException(
                ("de".equals(language) ? "Keine Gemeinde mit dem Schlüssel " : "No municipality with key ") + ags)));
    }

    void status(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        advice.directory().ifPresentOrElse(d -> {
            body.put("loaded", true);
            body.put("status", d.status());
        }, () -> body.put("loaded", false));
        ctx.json(body);
    }

    private MunicipalityDirectory directory(Context ctx) {
        return advice.directory().orElseThrow(ErrorMapping.DirectoryNotLoadedException::new);
    }
}

package de.aufnahmelotse.http;

import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.advice.InvalidRequestException;
import de.aufnahmelotse.advice.InvalidRequestException.FieldError;
import de.aufnahmelotse.facts.Enums.Category;
import de.aufnahmelotse.facts.Enums.Level;
import de.aufnahmelotse.facts.Land;
import de.aufnahmelotse.programs.ProgramsService;
import de.aufnahmelotse.ruleset.RuleSet;
import de.aufnahmelotse.ruleset.RuleSetHolder;
import de.aufnahmelotse.ruleset.RuleSetReloader;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** GET /api/v1/programs, /api/v1/programs/{id}, /api/v1/ruleset, /health, /ready. */
final class CatalogController {
    private final ProgramsService programs;
    private final RuleSetHolder rules;
    private final AdviceService advice;
    private final RuleSetReloader reloader;

    CatalogController(ProgramsService programs, RuleSetHolder rules, AdviceService advice, RuleSetReloader reloader) {
        this.programs = programs;
        this.rules = rules;
        this.advice = advice;
        this.reloader = reloader;
    }

    void list(Context ctx) {
        List<FieldError> errors = new ArrayList<>();
        Category category = enumParam(ctx, "category", Category.class, errors);
        Level level = enumParam(ctx, "level", Level.class, errors);
        Land state = enumParam(ctx, "state", Land.class, errors);
        LocalDate asOf = asOf(ctx, errors);
        String language = Language.of(ctx);
        rejectIfAny(errors, language);
        String q = ctx.queryParam("q");
        ctx.json(programs.list(new ProgramsService.Filter(category, level, state, q == null || q.isBlank() ? null : q),
                asOf, language));
    }

    void show(Context ctx) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate asOf = asOf(ctx, errors);
        String language = Language.of(ctx);
        rejectIfAny(errors, language);
        String id = ctx.pathParam("id");
        ctx.json(programs.get(id, asOf, language).orElseThrow(() -> new ErrorMapping.NotFoundException(
                ("de".equals(language) ? "Kein Programm mit der Kennung " : "No program with id ") + id)));
    }

    void ruleset(Context ctx) {
        RuleSet r = rules.get();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", r.version());
        body.put("loadedAt", r.loadedAt().toString());
        body.put("counts", Map.of("programs", r.catalog().programs().size(), "rules", r.rules().size(),
                "files", r.files().size()));
        body.put("files", r.files());
        body.put("rules", r.rules().stream().map(x -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", x.name());
            m.put("file", x.path());
            m.put("programId", x.meta("programId"));
            return m;
        }).toList());
        body.put("errors", reloader == null ? List.of() : Operations.problems(reloader.errors()));
        RuleSetReloader.Result last = reloader == null ? null : reloader.last();
        body.put("lastReload", last == null ? null : Operations.reloadView(last));
        body.put("watching", reloader != null && reloader.watching());
        ctx.json(body);
    }

    void health(Context ctx) {
        ctx.json(Map.of("status", "UP"));
    }

    void ready(Context ctx) {
        if (!rules.isLoaded()) {
            ctx.status(503).json(Map.of("status", "NOT_READY"));
            return;
        }
        ctx.json(Map.of("status", "READY", "rulesetVersion", rules.get().version()));
    }

    /** Query parameters are checked all at once: one 422 naming every bad parameter. */
    static void rejectIfAny(List<FieldError> errors, String language) {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(422, "de".equals(language) ? "Ungültige Abfrageparameter."
                    : "Invalid query parameters.", errors);
        }
    }

    private LocalDate asOf(Context ctx, List<FieldError> errors) {
        String value = ctx.queryParam("asOf");
        if (value == null) {
            return advice.today();
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("asOf", "ISO 8601 (JJJJ-MM-TT / YYYY-MM-DD): " + value));
            return null;
        }
    }

    private static <E extends Enum<E>> E enumParam(Context ctx, String name, Class<E> type, List<FieldError> errors) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, value + " ∉ " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }
}

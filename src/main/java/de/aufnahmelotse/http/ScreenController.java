package de.aufnahmelotse.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.advice.InvalidRequestException;
import de.aufnahmelotse.advice.InvalidRequestException.FieldError;
import de.aufnahmelotse.catalog.ProgramEntry;
import de.aufnahmelotse.facts.Land;
import de.aufnahmelotse.municipalities.MunicipalityDirectory;
import de.aufnahmelotse.screening.ScreenService;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * POST /api/v1/screen: parses and checks the body ({@code asOf}, {@code programs}, {@code state}, {@code ags},
 * {@code municipalities}), names every bad field (422; a well-formed AGS not in the directory is 404), and
 * serialises the service's result.
 */
final class ScreenController {
    static final int MAX_AGS = 20_000;
    private static final Set<String> FIELDS = Set.of("asOf", "programs", "state", "ags", "municipalities");

    private final AdviceService advice;
    private final ScreenService screen;
    private final ObjectMapper mapper;

    ScreenController(AdviceService advice, ScreenService screen, ObjectMapper mapper) {
        this.advice = advice;
        this.screen = screen;
        this.mapper = mapper;
    }

    void screen(Context ctx) {
        boolean de = "de".equals(Language.of(ctx));
        MunicipalityDirectory directory = advice.directory()
                .orElseThrow(ErrorMapping.DirectoryNotLoadedException::new);
        JsonNode body;
        try {
            String text = ctx.body();
            body = text.isBlank() ? mapper.createObjectNode() : mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException(400, de ? "Der Anfragetext ist kein gültiges JSON."
                    : "The request body is not valid JSON.", List.of());
        }
        if (!body.isObject()) {
            throw new InvalidRequestException(400, de ? "Ein JSON-Objekt wird erwartet."
                    : "A JSON object is expected.", List.of());
        }
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                errors.add(new FieldError(f, de ? "Unbekanntes Feld; erlaubt: " + String.join(", ", FIELDS.stream()
                        .sorted().toList()) : "Unknown field; allowed: " + String.join(", ", FIELDS.stream()
                        .sorted().toList())));
            }
        }
        LocalDate asOf = advice.today();
        JsonNode a = body.get("asOf");
        if (a != null && !a.isNull()) {
            try {
                asOf = LocalDate.parse(a.asText());
                if (!a.isTextual()) {
                    throw new DateTimeParseException("", "", 0);
                }
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("asOf", (de ? "Datum JJJJ-MM-TT erwartet: " : "A date YYYY-MM-DD is "
                        + "expected: ") + a));
            }
        }
        List<String> known = advice.ruleSet().catalog().programs().stream().map(ProgramEntry::id).sorted().toList();
        List<String> programs = new ArrayList<>();
        JsonNode p = body.get("programs");
        if (p != null && !p.isNull()) {
            if (!p.isArray()) {
                errors.add(new FieldError("programs", de ? "Liste von Programm-IDs erwartet."
                        : "A list of program ids is expected."));
            } else {
                for (int i = 0; i < p.size(); i++) {
                    String id = p.get(i).asText();
                    if (!p.get(i).isTextual() || !known.contains(id)) {
                        errors.add(new FieldError("programs[" + i + "]", (de ? "Unbekanntes Programm: "
                                : "Unknown program: ") + p.get(i)));
                    } else if (!programs.contains(id)) {
                        programs.add(id);
                    }
                }
            }
        }
        Land state = null;
        JsonNode s = body.get("state");
        if (s != null && !s.isNull()) {
            try {
                state = Land.valueOf(s.asText().trim().toUpperCase(Locale.ROOT));
                if (!s.isTextual()) {
                    throw new IllegalArgumentException();
                }
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("state", s + " ∉ " + Arrays.toString(Land.values())));
            }
        }
        List<String> ags = new ArrayList<>();
        JsonNode g = body.get("ags");
        if (g != null && !g.isNull()) {
            if (!g.isArray() || g.size() > MAX_AGS) {
                errors.add(new FieldError("ags", (de ? "Liste von höchstens " + MAX_AGS + " Gemeindeschlüsseln "
                        + "erwartet." : "A list of at most " + MAX_AGS + " municipality keys is expected.")));
            } else {
                for (int i = 0; i < g.size(); i++) {
                    String key = g.get(i).asText();
                    if (!g.get(i).isTextual() || !key.matches("[0-9]{8}")) {
                        errors.add(new FieldError("ags[" + i + "]", (de ? "Acht Ziffern erwartet (Amtlicher "
                                + "Gemeindeschlüssel): " : "Eight digits expected (official municipality key): ")
                                + g.get(i)));
                    } else if (!ags.contains(key)) {
                        ags.add(key);
                    }
                }
            }
        }
        JsonNode m = body.get("municipalities");
        if (m != null && !m.isNull() && !m.isBoolean()) {
            errors.add(new FieldError("municipalities", de ? "true oder false erwartet." : "true or false expected."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(422, de ? "Ungültige Angaben für den Screen."
                    : "Invalid screen request.", errors);
        }
        for (String key : ags) {
            if (directory.byAgs(key).isEmpty()) {
                throw new ErrorMapping.NotFoundException((de ? "Keine Gemeinde mit dem Schlüssel "
                        : "No municipality with key ") + key + " (ags)");
            }
        }
        ctx.json(screen.screen(new ScreenService.Query(asOf, List.copyOf(programs), state, List.copyOf(ags),
                m != null && m.asBoolean(false))));
    }
}

package de.aufnahmelotse.cases;

import com.fasterxml.jackson.databind.JsonNode;
import de.aufnahmelotse.advice.AdviceRequest;
import de.aufnahmelotse.advice.AdviceRequestParser;
import de.aufnahmelotse.advice.InvalidRequestException;
import de.aufnahmelotse.advice.InvalidRequestException.FieldError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates the bodies of the case routes; every bad field is named at once (422), as for advice requests. The
 * advice request inside a case goes through {@link AdviceRequestParser} (JSON Schema: households have no name
 * field, unknown fields are refused) and one more rule: a household's {@code id} in a case is a position code
 * ({@code h1}, {@code h2}, …), never a name.
 */
public final class CaseRequests {
    public static final int MAX_LABEL = 200;
    public static final int MAX_RESPONSIBLE = 200;
    public static final int MAX_NOTE = 2000;
    static final Pattern HOUSEHOLD_ID = Pattern.compile("^h[0-9]{1,2}$");
    private static final Set<String> NEW_CASE_FIELDS = Set.of("label", "request");
    private static final Set<String> STEP_FIELDS = Set.of("programId", "stepId", "status", "due", "responsible",
            "note", "version");

    private final AdviceRequestParser parser;

    private final com.fasterxml.jackson.databind.ObjectMapper reader;

    public CaseRequests(AdviceRequestParser parser, com.fasterxml.jackson.databind.ObjectMapper mapper) {
        this.parser = parser;
        this.reader = mapper.copy();
        this.reader.getFactory().setStreamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                .maxNestingDepth(AdviceRequestParser.MAX_NESTING_DEPTH).build());
    }

    /** A validated new case. */
    public record NewCase(String label, JsonNode requestJson, AdviceRequest request) {
    }

    /** A validated advice request of a case: the JSON as given (stored) and its parsed form (evaluated). */
    public record CaseRequest(JsonNode json, AdviceRequest request) {
    }

    /**
     * A validated step update. {@code status}, {@code due}, {@code responsible}, {@code note} are null when absent
     * (unchanged); {@code clearDue} etc. say that the body set them to null explicitly.
     */
    public record StepUpdate(String programId, String stepId, int version, StepStatus status, LocalDate due,
                             boolean dueGiven, String responsible, boolean responsibleGiven, String note,
                             boolean noteGiven) {
    }

    /** Reads a body as JSON: 400 when empty or not JSON, 422 when nested deeper than the advice request allows. */
    public JsonNode json(String body, String language) {
        boolean de = !"en".equals(language);
        if (body == null || body.isBlank()) {
            throw new InvalidRequestException(400, de ? "Der Anfragetext ist leer." : "The request body is empty.",
                    List.of(new FieldError("", de ? "Ein JSON-Objekt wird erwartet." : "A JSON object is expected.")));
        }
        try {
            return reader.readTree(body);
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw new InvalidRequestException(422, de ? "Der Anfragetext ist zu tief verschachtelt."
                    : "The request body is nested too deeply.", List.of(new FieldError("", (de ? "höchstens "
                    : "at most ") + AdviceRequestParser.MAX_NESTING_DEPTH + (de ? " Ebenen" : " levels"))));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidRequestException(400, de ? "Der Anfragetext ist kein gültiges JSON."
                    : "The request body is not valid JSON.", List.of(new FieldError("", e.getOriginalMessage())));
        }
    }

    public NewCase newCase(JsonNode body, String language) {
        boolean de = !"en".equals(language);
        object(body, de);
        List<FieldError> errors = new ArrayList<>();
        unknownFields(body, NEW_CASE_FIELDS, "", de, errors);
        JsonNode label = body.get("label");
        if (label == null || label.isNull()) {
            errors.add(new FieldError("label", de ? "Pflichtangabe" : "required"));
        } else if (!label.isTextual() || label.asText().isBlank()) {
            errors.add(new FieldError("label", de ? "Text mit mindestens einem Zeichen" : "non-empty text"));
        } else if (label.asText().length() > MAX_LABEL) {
            errors.add(new FieldError("label", (de ? "höchstens " : "at most ") + MAX_LABEL
                    + (de ? " Zeichen" : " characters")));
        }
        JsonNode request = body.get("request");
        AdviceRequest parsed = null;
        if (request == null || request.isNull()) {
            errors.add(new FieldError("request", de ? "Pflichtangabe: die Beratungsanfrage"
                    : "required: the advice request"));
        } else if (!request.isObject()) {
            errors.add(new FieldError("request", de ? "ein JSON-Objekt" : "a JSON object"));
        } else {
            try {
                parsed = request(request, language).request();
            } catch (InvalidRequestException e) {
                e.errors().forEach(f -> errors.add(new FieldError(f.field().isEmpty() ? "request"
                        : "request." + f.field(), f.message())));
            }
        }
        fail(errors, de);
        return new NewCase(label.asText().strip(), request, parsed);
    }

    /** The advice request of a case (PUT .../request): the advice schema plus position-code household ids. */
    public CaseRequest request(JsonNode body, String language) {
        boolean de = !"en".equals(language);
        List<FieldError> errors = new ArrayList<>();
        AdviceRequest parsed = null;
        try {
            parsed = parser.parse(body, language);
        } catch (InvalidRequestException e) {
            if (e.status() == 400) {
                throw e;
            }
            errors.addAll(e.errors());
        }
        JsonNode households = body.path("households");
        for (int i = 0; households.isArray() && i < households.size(); i++) { // not a list: the parser named it
            JsonNode id = households.get(i).path("id");
            if (id.isTextual() && !HOUSEHOLD_ID.matcher(id.asText()).matches()) {
                errors.add(new FieldError("households[" + i + "].id", de
                        ? "In einem Fall tragen Haushalte keine Namen: h1, h2, … oder weglassen."
                        : "Households in a case carry no names: h1, h2, … or leave it out."));
            }
        }
        fail(errors, de);
        return new CaseRequest(body, parsed);
    }

    public StepUpdate stepUpdate(JsonNode body, String language) {
        boolean de = !"en".equals(language);
        object(body, de);
        List<FieldError> errors = new ArrayList<>();
        unknownFields(body, STEP_FIELDS, "", de, errors);
        String programId = requiredText(body, "programId", 100, de, errors);
        String stepId = requiredText(body, "stepId", 100, de, errors);
        int version = -1;
        JsonNode v = body.get("version");
        if (v == null || v.isNull()) {
            errors.add(new FieldError("version", de ? "Pflichtangabe: die gelesene Version des Schritts"
                    : "required: the version of the step as read"));
        } else if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 0) {
            errors.add(new FieldError("version", de ? "ganze Zahl ab 0" : "an integer from 0"));
        } else {
            version = v.asInt();
        }
        StepStatus status = null;
        JsonNode s = body.get("status");
        if (s != null && !s.isNull()) {
            try {
                status = StepStatus.valueOf(s.isTextual() ? s.asText() : "?");
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("status", (de ? "erlaubt: " : "allowed: ")
                        + Arrays.toString(StepStatus.values())));
            }
        } else if (s != null) {
            errors.add(new FieldError("status", de ? "darf nicht null sein" : "must not be null"));
        }
        LocalDate due = null;
        JsonNode d = body.get("due");
        if (d != null && !d.isNull()) {
            try {
                due = d.isTextual() ? LocalDate.parse(d.asText()) : null;
                if (due == null) {
                    throw new DateTimeParseException("not text", d.toString(), 0);
                }
                if (due.getYear() < 2000 || due.getYear() > 2100) {
                    errors.add(new FieldError("due", de ? "ein Datum zwischen 2000 und 2100"
                            : "a date between 2000 and 2100"));
                }
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("due", de ? "ein Datum JJJJ-MM-TT oder null" : "a date YYYY-MM-DD or null"));
            }
        }
        String responsible = optionalText(body, "responsible", MAX_RESPONSIBLE, de, errors);
        String note = optionalText(body, "note", MAX_NOTE, de, errors);
        fail(errors, de);
        return new StepUpdate(programId, stepId, version, status, due, d != null, responsible,
                body.has("responsible"), note, body.has("note"));
    }

    private static void object(JsonNode body, boolean de) {
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException(400, de ? "Ein JSON-Objekt wird erwartet." : "A JSON object is expected.",
                    List.of(new FieldError("", de ? "kein Objekt" : "not an object")));
        }
    }

    private static void unknownFields(JsonNode body, Set<String> allowed, String prefix, boolean de,
                                      List<FieldError> errors) {
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                errors.add(new FieldError(prefix + name, de ? "unbekanntes Feld" : "unknown field"));
            }
        }
    }

    private static String requiredText(JsonNode body, String field, int max, boolean de, List<FieldError> errors) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            errors.add(new FieldError(field, de ? "Pflichtangabe" : "required"));
            return null;
        }
        if (!n.isTextual() || n.asText().isEmpty() || n.asText().length() > max) {
            errors.add(new FieldError(field, (de ? "Text mit 1 bis " : "text of 1 to ") + max
                    + (de ? " Zeichen" : " characters")));
            return null;
        }
        return n.asText();
    }

    private static String optionalText(JsonNode body, String field, int max, boolean de, List<FieldError> errors) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual() || n.asText().length() > max) {
            errors.add(new FieldError(field, (de ? "Text mit höchstens " : "text of at most ") + max
                    + (de ? " Zeichen oder null" : " characters or null")));
            return null;
        }
        String text = n.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static void fail(List<FieldError> errors, boolean de) {
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
            throw new InvalidRequestException(422, de ? "Die Anfrage enthält ungültige Angaben."
                    : "The request contains invalid values.", errors);
        }
    }
}

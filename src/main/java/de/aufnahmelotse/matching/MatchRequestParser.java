package de.aufnahmelotse.matching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import de.aufnahmelotse.advice.InvalidRequestException;
import de.aufnahmelotse.advice.JsonBody;
import de.aufnahmelotse.advice.InvalidRequestException.FieldError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a matching body into a {@link MatchRequest}, or throws {@link InvalidRequestException} naming every bad field
 * at once (400: not JSON; 422: the JSON Schema's limits, duplicate ids, unknown ids in locked/forbidden pairs, a
 * pair both locked and forbidden, a household locked twice, more minors than persons). Whether a locked pair
 * violates a knock-out only the rules can tell: {@link MatchingService} checks that and answers 422 the same way.
 */
public final class MatchRequestParser {
    public static final String SCHEMA_RESOURCE = "/schema/matching-request.schema.json";
    /** The body limit of the matching route (10,000 households fit in about 3 MB). */
    public static final long MAX_BODY_BYTES = 16L * 1024 * 1024;
    public static final int MAX_NESTING_DEPTH = 16;
    /** At most this many field errors are listed (a body of 10,000 bad households would otherwise answer megabytes). */
    public static final int MAX_ERRORS = 200;

    private final ObjectMapper mapper;
    private final JsonSchema schema;

    public MatchRequestParser(ObjectMapper mapper) {
        this.mapper = mapper.copy();
        this.mapper.getFactory().setStreamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build());
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
                .pathType(PathType.JSON_PATH).build();
        this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(schemaDocument(this.mapper), config);
    }

    public static JsonNode schemaDocument(ObjectMapper mapper) {
        try (InputStream in = MatchRequestParser.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCHEMA_RESOURCE, e);
        }
    }

    public MatchRequest parse(String body, String language) {
        return parse(JsonBody.readObject(mapper, body, !"en".equals(language), MAX_NESTING_DEPTH), language);
    }

    public MatchRequest parse(JsonNode node, String language) {
        boolean german = !"en".equals(language);
        JsonBody.requireObject(node, german);
        List<FieldError> errors = new ArrayList<>();
        JsonBody.nonFiniteNumbers(node, "", german, errors);
        if (errors.isEmpty()) {
            Locale locale = german ? Locale.GERMAN : Locale.ENGLISH;
            Set<ValidationMessage> messages = schema.validate(node, ctx -> ctx.getExecutionConfig().setLocale(locale));
            for (ValidationMessage m : messages) {
                errors.add(FieldError.of(m));
            }
        }
        if (errors.isEmpty()) {
            crossFieldChecks(node, german, errors);
        }
        if (!errors.isEmpty()) {
            throw invalid(german, errors);
        }
        try {
            return mapper.treeToValue(node, MatchRequest.class);
        } catch (JsonProcessingException e) {
            throw invalid(german, List.of(new FieldError("", e.getOriginalMessage())));
        }
    }

    static InvalidRequestException invalid(boolean german, List<FieldError> errors) {
        List<FieldError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        if (sorted.size() > MAX_ERRORS) {
            int more = sorted.size() - MAX_ERRORS;
            sorted = new ArrayList<>(sorted.subList(0, MAX_ERRORS));
            sorted.add(new FieldError("", german ? "… und " + more + " weitere Fehler" : "… and " + more
                    + " more errors"));
        }
        return new InvalidRequestException(422, german ? "Die Anfrage enthält ungültige Angaben."
                : "The request contains invalid values.", sorted);
    }

    private static void crossFieldChecks(JsonNode node, boolean german, List<FieldError> errors) {
        Set<String> households = unique(node.path("households"), "households", german, errors);
        Set<String> pledges = unique(node.path("pledges"), "pledges", german, errors);
        JsonNode hs = node.path("households");
        for (int i = 0; i < hs.size(); i++) {
            JsonNode h = hs.get(i);
            if (h.path("minors").size() > h.path("size").asInt()) {
                errors.add(new FieldError("households[" + i + "].minors", german
                        ? "Mehr Minderjährige als Personen im Haushalt." : "More minors than persons in the household."));
            }
        }
        JsonNode ps = node.path("pledges");
        for (int i = 0; i < ps.size(); i++) {
            unique(ps.get(i).path("dwellings"), "pledges[" + i + "].dwellings", german, errors);
            JsonNode period = ps.get(i).path("period");
            if (period.hasNonNull("from") && period.hasNonNull("until")
                    && period.get("from").asText().compareTo(period.get("until").asText()) > 0) {
                errors.add(new FieldError("pledges[" + i + "].period.until", german
                        ? "Liegt vor dem Beginn." : "Lies before the start."));
            }
        }
        Map<String, Integer> lockedHousehold = new HashMap<>();
        Set<String> lockedPairs = new HashSet<>();
        JsonNode locked = node.path("options").path("locked");
        for (int i = 0; i < locked.size(); i++) {
            String at = "options.locked[" + i + "]";
            pairIds(locked.get(i), at, households, pledges, german, errors);
            String h = locked.get(i).get(0).asText();
            lockedPairs.add(h + "\u0000" + locked.get(i).get(1).asText());
            Integer before = lockedHousehold.putIfAbsent(h, i);
            if (before != null) {
                errors.add(new FieldError(at, german ? "Der Haushalt '" + h + "' ist schon in options.locked["
                        + before + "] fest zugeordnet." : "Household '" + h + "' is already locked in options.locked["
                        + before + "]."));
            }
        }
        JsonNode forbidden = node.path("options").path("forbidden");
        for (int i = 0; i < forbidden.size(); i++) {
            String at = "options.forbidden[" + i + "]";
            pairIds(forbidden.get(i), at, households, pledges, german, errors);
            if (lockedPairs.contains(forbidden.get(i).get(0).asText() + "\u0000" + forbidden.get(i).get(1).asText())) {
                errors.add(new FieldError(at, german ? "Dasselbe Paar ist auch fest zugeordnet (options.locked)."
                        : "The same pair is also locked (options.locked)."));
            }
        }
    }

    private static void pairIds(JsonNode pair, String at, Set<String> households, Set<String> pledges,
                                boolean german, List<FieldError> errors) {
        if (!households.contains(pair.get(0).asText())) {
            errors.add(new FieldError(at + "[0]", german ? "Kein Haushalt mit der Kennung '" + pair.get(0).asText()
                    + "'." : "No household with the id '" + pair.get(0).asText() + "'."));
        }
        if (!pledges.contains(pair.get(1).asText())) {
            errors.add(new FieldError(at + "[1]", german ? "Keine Zusage mit der Kennung '" + pair.get(1).asText()
                    + "'." : "No pledge with the id '" + pair.get(1).asText() + "'."));
        }
    }

    private static Set<String> unique(JsonNode list, String path, boolean german, List<FieldError> errors) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String id = list.get(i).path("id").asText();
            if (!ids.add(id)) {
                errors.add(new FieldError(path + "[" + i + "].id", german ? "Die Kennung '" + id
                        + "' kommt mehrfach vor." : "The id '" + id + "' is used more than once."));
            }
        }
        return ids;
    }

}

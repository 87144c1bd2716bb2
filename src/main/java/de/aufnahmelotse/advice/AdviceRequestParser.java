package de.aufnahmelotse.advice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import de.aufnahmelotse.advice.InvalidRequestException.FieldError;
import de.aufnahmelotse.facts.Household;
import de.aufnahmelotse.facts.Land;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a request body into an {@link AdviceRequest}, or throws {@link InvalidRequestException} naming every bad
 * field at once: 400 for a body that is not JSON, 422 for values the JSON Schema or the cross-field checks reject.
 * Used by the HTTP API and the CLI alike.
 */
public final class AdviceRequestParser {
    /** JSON nested deeper than this is rejected before it is mapped (the request model is four levels deep). */
    public static final int MAX_NESTING_DEPTH = 16;
    public static final String SCHEMA_RESOURCE = "/schema/advice-request.schema.json";

    private final ObjectMapper mapper;
    private final JsonSchema schema;

    public AdviceRequestParser(ObjectMapper mapper) {
        this.mapper = mapper.copy();
        this.mapper.getFactory().setStreamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build());
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
                .pathType(com.networknt.schema.PathType.JSON_PATH).build();
        try (InputStream in = AdviceRequestParser.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            JsonNode schemaNode = this.mapper.readTree(in);
            this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode, config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCHEMA_RESOURCE, e);
        }
    }

    public static JsonNode schemaDocument(ObjectMapper mapper) {
        try (InputStream in = AdviceRequestParser.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public AdviceRequest parse(String body, String language) {
        return parse(JsonBody.readObject(mapper, body, !"en".equals(language), MAX_NESTING_DEPTH), language);
    }

    public AdviceRequest parse(JsonNode node, String language) {
        boolean german = !"en".equals(language);
        JsonBody.requireObject(node, german);
        List<FieldError> errors = new ArrayList<>();
        JsonBody.nonFiniteNumbers(node, "", german, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(422, german ? "Die Anfrage enthält ungültige Angaben."
                    : "The request contains invalid values.", errors);
        }
        Locale locale = german ? Locale.GERMAN : Locale.ENGLISH;
        Set<ValidationMessage> messages = schema.validate(node, ctx -> ctx.getExecutionConfig().setLocale(locale));
        for (ValidationMessage m : messages) {
            errors.add(FieldError.of(m));
        }
        if (errors.isEmpty()) {
            crossFieldChecks(node, german, errors);
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
            throw new InvalidRequestException(422, german ? "Die Anfrage enthält ungültige Angaben."
                    : "The request contains invalid values.", errors);
        }
        try {
            AdviceRequest request = mapper.treeToValue(node, AdviceRequest.class);
            for (int i = 0; i < request.households().size(); i++) {
                Household h = request.households().get(i);
                if (h.getId() == null) {
                    h.setId("h" + (i + 1));
                }
            }
            return request;
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException(422, german ? "Die Anfrage enthält ungültige Angaben."
                    : "The request contains invalid values.", List.of(new FieldError("", e.getOriginalMessage())));
        }
    }

    /** A number beyond double range (1e400) would reach the validators as Infinity: name it instead. */

    private static void crossFieldChecks(JsonNode node, boolean german, List<FieldError> errors) {
        JsonNode m = node.path("municipality");
        if (m.hasNonNull("ags") && m.hasNonNull("state")) {
            Land byAgs = Land.fromAgsPrefix(m.get("ags").asText().substring(0, 2));
            if (byAgs == null) {
                errors.add(new FieldError("municipality.ags", german
                        ? "Die ersten zwei Ziffern bezeichnen kein Land." : "The first two digits name no Land."));
            } else if (!byAgs.name().equals(m.get("state").asText())) {
                errors.add(new FieldError("municipality.state", german
                        ? "Passt nicht zum Gemeindeschlüssel " + m.get("ags").asText() + " (Land " + byAgs + ")."
                        : "Does not match the municipality key " + m.get("ags").asText() + " (Land " + byAgs + ")."));
            }
        }
        Set<String> ids = new HashSet<>();
        JsonNode households = node.path("households");
        for (int i = 0; i < households.size(); i++) {
            JsonNode h = households.get(i);
            String at = "households[" + i + "]";
            String id = h.hasNonNull("id") ? h.get("id").asText() : "h" + (i + 1);
            if (!ids.add(id)) {
                errors.add(new FieldError(at + ".id", german ? "Die Kennung '" + id + "' kommt mehrfach vor."
                        : "The id '" + id + "' is used more than once."));
            }
            if (h.hasNonNull("size") && h.hasNonNull("children") && h.get("children").asInt() > h.get("size").asInt()) {
                errors.add(new FieldError(at + ".children", german
                        ? "Mehr Kinder als Personen im Haushalt." : "More children than persons in the household."));
            }
        }
    }
}

package de.aufnahmelotse.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import de.aufnahmelotse.advice.AdviceRequestParser;
import de.aufnahmelotse.facts.Enums;
import de.aufnahmelotse.matching.MatchRequestParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * The OpenAPI 3.1 document served at /openapi.json. Paths and response schemas come from
 * {@code openapi/openapi-base.json}; the request schema is the very JSON Schema that validates requests
 * ({@code advice-request.schema.json}), embedded with its {@code $defs} lifted into {@code components/schemas}; the
 * enums of the response schemas are filled from the Java enums the service serialises. Nothing is written twice.
 */
public final class OpenApi {
    public static final String BASE_RESOURCE = "/openapi/openapi-base.json";
    private static final String DEFS = "#/$defs/";
    private static final String COMPONENTS = "#/components/schemas/";

    private OpenApi() {
    }

    public static ObjectNode document(ObjectMapper mapper) {
        ObjectNode doc;
        try (InputStream in = OpenApi.class.getResourceAsStream(BASE_RESOURCE)) {
            doc = (ObjectNode) mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BASE_RESOURCE, e);
        }
        ObjectNode schemas = (ObjectNode) doc.path("components").path("schemas");
        ObjectNode request = AdviceRequestParser.schemaDocument(mapper).deepCopy();
        JsonNode defs = request.remove("$defs");
        request.remove("$schema");
        request.remove("$id");
        rewriteRefs(request);
        schemas.set("AdviceRequest", request);
        if (defs != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = defs.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (schemas.has(e.getKey())) {
                    throw new IllegalStateException("request schema $defs/" + e.getKey()
                            + " clashes with a response schema of the same name");
                }
                JsonNode def = e.getValue().deepCopy();
                rewriteRefs(def);
                schemas.set(e.getKey(), def);
            }
        }
        embedMatchingRequest(mapper, schemas);
        fillEnum(schemas, "Category", Enums.Category.values());
        fillEnum(schemas, "Level", Enums.Level.values());
        fillEnum(schemas, "ProgramStatus", Enums.ProgramStatus.values());
        fillEnum(schemas, "CriterionStatus", Enums.CriterionStatus.values());
        fillEnum(schemas, "Availability", Enums.Availability.values());
        fillEnum(schemas, "Phase", Enums.Phase.values());
        fillEnum(schemas, "Responsible", Enums.Responsible.values());
        fillEnum(schemas, "MunicipalityKind", Enums.MunicipalityKind.values());
        fillEnum(schemas, "StepStatus", de.aufnahmelotse.cases.StepStatus.values());
        fillEnum(schemas, "ChangeKind", de.aufnahmelotse.cases.ChangeKind.values());
        return doc;
    }

    /** The matching request schema as {@code MatchingRequest}, its $defs lifted with the prefix "Matching". */
    private static void embedMatchingRequest(ObjectMapper mapper, ObjectNode schemas) {
        ObjectNode request = MatchRequestParser.schemaDocument(mapper).deepCopy();
        JsonNode defs = request.remove("$defs");
        request.remove("$schema");
        request.remove("$id");
        rewriteRefs(request, "Matching");
        schemas.set("MatchingRequest", request);
        for (Iterator<Map.Entry<String, JsonNode>> it = defs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (schemas.has("Matching" + e.getKey())) {
                throw new IllegalStateException("matching $defs/" + e.getKey() + " clashes with a schema");
            }
            JsonNode def = e.getValue().deepCopy();
            rewriteRefs(def, "Matching");
            schemas.set("Matching" + e.getKey(), def);
        }
    }

    private static void rewriteRefs(JsonNode node, String prefix) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(DEFS)) {
                object.set("$ref", TextNode.valueOf(COMPONENTS + prefix + ref.asText().substring(DEFS.length())));
            }
            object.elements().forEachRemaining(n -> rewriteRefs(n, prefix));
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(n -> rewriteRefs(n, prefix));
        }
    }

    private static void fillEnum(ObjectNode schemas, String name, Enum<?>[] values) {
        ArrayNode array = ((ObjectNode) schemas.get(name)).putArray("enum");
        for (Enum<?> v : values) {
            array.add(v.name());
        }
    }

    private static void rewriteRefs(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(DEFS)) {
                object.set("$ref", TextNode.valueOf(COMPONENTS + ref.asText().substring(DEFS.length())));
            }
            object.elements().forEachRemaining(OpenApi::rewriteRefs);
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(OpenApi::rewriteRefs);
        }
    }
}

package de.aufnahmelotse.advice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.aufnahmelotse.advice.InvalidRequestException.FieldError;
import java.util.List;

/**
 * Reading a JSON request body the same way for every route that takes one (advice, matching): an empty body, broken
 * JSON (with line and column) and a body that is not an object are 400, nesting deeper than the mapper allows is a
 * 422, and numbers too large for a double are named by their path.
 */
public final class JsonBody {
    private JsonBody() {
    }

    /** The body as a JSON object; {@code maxDepth} is the mapper's nesting limit, named in the 422. */
    public static JsonNode readObject(ObjectMapper mapper, String body, boolean german, int maxDepth) {
        if (body == null || body.isBlank()) {
            throw new InvalidRequestException(400, german ? "Der Anfragetext ist leer." : "The request body is empty.",
                    List.of(new FieldError("", german ? "Ein JSON-Objekt wird erwartet." : "A JSON object is expected.")));
        }
        JsonNode node;
        try {
            node = mapper.readTree(body);
        } catch (StreamConstraintsException e) {
            throw new InvalidRequestException(422, german ? "Der Anfragetext ist zu tief verschachtelt."
                    : "The request body is nested too deeply.", List.of(new FieldError("", (german
                    ? "höchstens " + maxDepth + " Ebenen" : "at most " + maxDepth + " levels"))));
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : (german ? " (Zeile " : " (line ") + loc.getLineNr()
                    + (german ? ", Spalte " : ", column ") + loc.getColumnNr() + ")";
            throw new InvalidRequestException(400, (german ? "Der Anfragetext ist kein gültiges JSON."
                    : "The request body is not valid JSON.") + where,
                    List.of(new FieldError("", e.getOriginalMessage())));
        }
        requireObject(node, german);
        return node;
    }

    /** A 400 unless {@code node} is a JSON object. */
    public static void requireObject(JsonNode node, boolean german) {
        if (node == null || !node.isObject()) {
            throw new InvalidRequestException(400, german ? "Ein JSON-Objekt wird erwartet."
                    : "A JSON object is expected.", List.of(new FieldError("", german ? "kein Objekt" : "not an object")));
        }
    }

    /** Adds a field error for every number in {@code node} that is not finite as a double (e.g. 1e999). */
    public static void nonFiniteNumbers(JsonNode node, String path, boolean german, List<FieldError> errors) {
        if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
            errors.add(new FieldError(path, german ? "Zahl außerhalb des darstellbaren Bereichs"
                    : "number out of range"));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> nonFiniteNumbers(e.getValue(),
                    path.isEmpty() ? e.getKey() : path + "." + e.getKey(), german, errors));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                nonFiniteNumbers(node.get(i), path + "[" + i + "]", german, errors);
            }
        }
    }
}

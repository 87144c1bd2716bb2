package de.aufnahmelotse.advice;

import java.util.List;

/** A request that cannot be evaluated: 400 when it is not JSON at all, 422 when values are invalid. */
public class InvalidRequestException extends RuntimeException {
    /** One bad field: a path such as {@code municipality.population} and a message in the request's language. */
    public record FieldError(String field, String message) {
        /**
         * A JSON Schema validation message as a field error: {@code $.municipality.population} becomes
         * {@code municipality.population}; an unknown or a missing property is named by its own path.
         */
        public static FieldError of(com.networknt.schema.ValidationMessage m) {
            String path = m.getInstanceLocation().toString();
            path = path.startsWith("$") ? path.substring(1) : path;
            path = path.startsWith(".") ? path.substring(1) : path;
            if (("additionalProperties".equals(m.getType()) || "required".equals(m.getType()))
                    && m.getProperty() != null) {
                path = path.isEmpty() ? m.getProperty() : path + "." + m.getProperty();
            }
            String text = m.getMessage();
            String prefix = m.getInstanceLocation().toString() + ": ";
            return new FieldError(path, text.startsWith(prefix) ? text.substring(prefix.length()) : text);
        }
    }

    private final int status;
    private final List<FieldError> errors;

    public InvalidRequestException(int status, String message, List<FieldError> errors) {
        super(message);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }
}

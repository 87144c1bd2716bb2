package de.aufnahmelotse.advice;

import java.util.List;

/** A request that cannot be evaluated: 400 when it is not JSON at all, 422 when values are invalid. */
public class InvalidRequestException extends RuntimeException {
    /** One bad field: a path such as {@code municipality.population} and a message in the request's language. */
    public record FieldError(String field, String message) {
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

package de.aufnahmelotse.cases;

/** The case database cannot be reached or was not configured: the case routes answer 503, advice keeps working. */
public class CasesUnavailableException extends RuntimeException {
    public CasesUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public CasesUnavailableException(String message) {
        super(message);
    }
}

package de.aufnahmelotse.cases;

/**
 * No case with this id is reachable with the given access: the id does not exist, the key is missing, or it is
 * wrong. The three are deliberately one exception with one message, so an answer never tells which.
 */
public class CaseNotFoundException extends RuntimeException {
    public CaseNotFoundException() {
        super("case not found");
    }
}

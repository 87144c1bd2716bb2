package de.aufnahmelotse.cases;

/** A step update named a version that is no longer current: someone else changed the step first (HTTP 409). */
public class StaleVersionException extends RuntimeException {
    private final int given;
    private final int current;

    public StaleVersionException(int given, int current) {
        super("version " + given + " is stale; current " + current);
        this.given = given;
        this.current = current;
    }

    public int given() {
        return given;
    }

    public int current() {
        return current;
    }
}

package de.aufnahmelotse.ruleset;

/** No rule set is loaded yet (start-up) — the API answers 503 until one is. */
public class RulesNotLoadedException extends RuntimeException {
    public RulesNotLoadedException() {
        super("rules are not loaded");
    }
}

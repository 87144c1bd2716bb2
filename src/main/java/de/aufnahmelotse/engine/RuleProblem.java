package de.aufnahmelotse.engine;

/** One problem in a rules directory, printed as {@code path:line:col message} (path relative to the directory). */
public record RuleProblem(String path, int line, int column, String message) {
    @Override
    public String toString() {
        return path + ":" + line + ":" + column + " " + message;
    }
}

package de.aufnahmelotse.municipalities;

/** A row (or the file) that could not be read: file, 1-based line, the column, the value found and why. */
public record ImportProblem(String file, long line, String field, String value, String reason) {
    @Override
    public String toString() {
        return file + ":" + line + ": field '" + field + "'" + (value == null ? "" : " = '" + value + "'") + ": "
                + reason;
    }
}

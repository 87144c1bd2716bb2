package de.aufnahmelotse.municipalities;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A row (or the file) that could not be read: file, 1-based line (for an Excel file: the sheet's row number), the
 * column, the value found and why; {@code sheet} names the Excel sheet and is null for a CSV file.
 */
public record ImportProblem(String file, long line, String field, String value, String reason,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String sheet) {

    public ImportProblem(String file, long line, String field, String value, String reason) {
        this(file, line, field, value, reason, null);
    }

    @Override
    public String toString() {
        String where = sheet == null ? file + ":" + line
                : file + ", Blatt/sheet '" + sheet + "', Zeile/row " + line;
        return where + ": field '" + field + "'" + (value == null ? "" : " = '" + value + "'") + ": " + reason;
    }
}

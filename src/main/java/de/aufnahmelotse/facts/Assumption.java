package de.aufnahmelotse.facts;

import java.util.Objects;

/**
 * A value the rules assumed for a request field the request leaves empty, and one program whose answer rests on it.
 * {@code id} names the reason text in {@code rules/common/texts.yaml} ({@code assumptions:}). The response lists
 * every assumption once with all programs that relied on it; a request that gives the field has none.
 */
public final class Assumption {
    private final String id;
    private final String field;
    private final String value;
    private final String programId;

    private Assumption(String id, String field, String value, String programId) {
        this.id = Objects.requireNonNull(id);
        this.field = Objects.requireNonNull(field);
        this.value = Objects.requireNonNull(value);
        this.programId = Objects.requireNonNull(programId);
    }

    /** Program {@code programId} relied on the assumption {@code id}: field {@code field} taken as {@code value}. */
    public static Assumption of(String id, String field, Object value, String programId) {
        return new Assumption(id, field, String.valueOf(value), programId);
    }

    public String getId() {
        return id;
    }

    public String getField() {
        return field;
    }

    public String getValue() {
        return value;
    }

    public String getProgramId() {
        return programId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Assumption a && id.equals(a.id) && field.equals(a.field) && value.equals(a.value)
                && programId.equals(a.programId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, field, value, programId);
    }

    @Override
    public String toString() {
        return "Assumption(" + id + " " + field + "=" + value + " for " + programId + ")";
    }
}

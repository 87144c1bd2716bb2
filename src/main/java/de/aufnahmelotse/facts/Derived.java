package de.aufnahmelotse.facts;

import java.util.Objects;

/**
 * A classification derived from the input by rules/common/classification.drl, e.g. {@code sizeClass =
 * LANDGEMEINDE} or {@code withMinors = true} for household h1. Program rules decide on these instead of repeating
 * thresholds; the response lists them under {@code derived}.
 */
public final class Derived {
    private final String subject;
    private final String name;
    private final String value;

    public Derived(String subject, String name, String value) {
        this.subject = subject;
        this.name = name;
        this.value = value;
    }

    public static Derived of(String name, Object value) {
        return new Derived(null, name, String.valueOf(value));
    }

    public static Derived of(String subject, String name, Object value) {
        return new Derived(subject, name, String.valueOf(value));
    }

    /** The household id, or null for the municipality. */
    public String getSubject() {
        return subject;
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Derived d && Objects.equals(subject, d.subject) && Objects.equals(name, d.name)
                && Objects.equals(value, d.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, name, value);
    }

    @Override
    public String toString() {
        return "Derived(" + (subject == null ? "" : subject + " ") + name + "=" + value + ")";
    }
}

package de.aufnahmelotse.catalog;

import java.time.LocalDate;

/** One value of a program parameter, valid from a date until the next value starts (or {@code until}). */
public record ParameterValue(LocalDate from, LocalDate until, double value, String source, Localized note) {
    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (until == null || !date.isAfter(until));
    }
}

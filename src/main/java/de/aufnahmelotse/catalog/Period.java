package de.aufnahmelotse.catalog;

import de.aufnahmelotse.facts.Enums.Availability;
import java.time.LocalDate;

/** A dated status of a program: OPEN, CALL_OPEN (a call window), CALL_CLOSED, SUSPENDED, CLOSED, NOT_YET_OPEN. */
public record Period(Availability status, LocalDate from, LocalDate until, String source, Localized note) {
    public boolean covers(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
    }
}

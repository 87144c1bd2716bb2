package de.aufnahmelotse.matching;

import java.time.LocalDate;

/** The as-of date of a matching run: the only date the rules see (never the wall clock). */
public final class MatchDay {
    private final LocalDate date;

    public MatchDay(LocalDate date) {
        this.date = date;
    }

    public LocalDate getDate() {
        return date;
    }
}

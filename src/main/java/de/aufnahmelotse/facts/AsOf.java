package de.aufnahmelotse.facts;

import java.time.LocalDate;

/** The evaluation date (Stichtag). Rules compare dates with it; nothing reads the wall clock. */
public final class AsOf {
    private final LocalDate date;

    public AsOf(LocalDate date) {
        this.date = date;
    }

    public LocalDate getDate() {
        return date;
    }

    /** Days since 1970-01-01, convenient for comparisons in DRL constraints. */
    public long getDay() {
        return date.toEpochDay();
    }

    public int getYear() {
        return date.getYear();
    }

    /** True when the as-of date lies on or after the given ISO date, e.g. {@code onOrAfter("2023-01-01")}. */
    public boolean onOrAfter(String isoDate) {
        return !date.isBefore(LocalDate.parse(isoDate));
    }

    /** True when the as-of date lies before the given ISO date. */
    public boolean before(String isoDate) {
        return date.isBefore(LocalDate.parse(isoDate));
    }

    @Override
    public String toString() {
        return "AsOf(" + date + ")";
    }
}

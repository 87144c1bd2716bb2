package de.aufnahmelotse.facts;

/**
 * One dated status of a program from the catalog ("OPEN from 2023-01-01 until 2025-03-31"). Days are counted from
 * 1970-01-01 so that DRL compares plain numbers; an open end is {@link Long#MAX_VALUE}.
 */
public final class ProgramPeriod {
    private final String programId;
    private final int index;
    private final Enums.Availability availability;
    private final long fromDay;
    private final long untilDay;
    private final String source;

    public ProgramPeriod(String programId, int index, Enums.Availability availability, long fromDay, long untilDay,
                         String source) {
        this.programId = programId;
        this.index = index;
        this.availability = availability;
        this.fromDay = fromDay;
        this.untilDay = untilDay;
        this.source = source;
    }

    public String getProgramId() {
        return programId;
    }

    /** Position of the period in the catalog entry; the response looks its note and dates up by it. */
    public int getIndex() {
        return index;
    }

    public Enums.Availability getAvailability() {
        return availability;
    }

    public boolean isOpen() {
        return availability.isOpen();
    }

    public long getFromDay() {
        return fromDay;
    }

    public long getUntilDay() {
        return untilDay;
    }

    public String getSource() {
        return source;
    }

    /** True when the period covers the given day. */
    public boolean covers(long day) {
        return fromDay <= day && day <= untilDay;
    }
}

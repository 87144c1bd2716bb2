package de.aufnahmelotse.facts;

import java.time.LocalDate;

/**
 * A dated program parameter resolved for the as-of date, e.g. NesT {@code minMembers} = 4 from 2023-01-01.
 * Values live in the catalog with their source (like OpenFisca parameters); rules compare facts with them.
 */
public final class Parameter {
    private final String programId;
    private final String name;
    private final double value;
    private final LocalDate validFrom;
    private final String source;

    public Parameter(String programId, String name, double value, LocalDate validFrom, String source) {
        this.programId = programId;
        this.name = name;
        this.value = value;
        this.validFrom = validFrom;
        this.source = source;
    }

    public String getProgramId() {
        return programId;
    }

    public String getName() {
        return name;
    }

    public double getValue() {
        return value;
    }

    /** The value as a whole number, for counts such as members or months. */
    public int getIntValue() {
        return (int) Math.round(value);
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public String getSource() {
        return source;
    }

    @Override
    public String toString() {
        return "Parameter(" + programId + " " + name + "=" + value + " from " + validFrom + ")";
    }
}

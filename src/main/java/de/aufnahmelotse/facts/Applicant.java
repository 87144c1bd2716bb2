package de.aufnahmelotse.facts;

import java.util.Objects;

/**
 * Who would apply for funding, as the rules take it: the {@code project.applicantType} a request states, or — for a
 * municipality that asks without naming an applicant — the municipality itself, as a stated assumption
 * ({@code assumed} true; rules/common/classification.drl). Funding rules decide on this fact, never on an absent field.
 */
public final class Applicant {
    private final Enums.ApplicantType type;
    private final boolean assumed;

    private Applicant(Enums.ApplicantType type, boolean assumed) {
        this.type = Objects.requireNonNull(type);
        this.assumed = assumed;
    }

    /** The applicant the request names. */
    public static Applicant stated(Enums.ApplicantType type) {
        return new Applicant(type, false);
    }

    /** The applicant assumed for a request that names none; the rules also conclude an {@link Assumption}. */
    public static Applicant assumed(Enums.ApplicantType type) {
        return new Applicant(type, true);
    }

    public Enums.ApplicantType getType() {
        return type;
    }

    public boolean isAssumed() {
        return assumed;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Applicant a && type == a.type && assumed == a.assumed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, assumed);
    }

    @Override
    public String toString() {
        return "Applicant(" + type + (assumed ? ", assumed" : "") + ")";
    }
}

package de.aufnahmelotse.facts;

import java.util.Objects;

/**
 * A derived status: of a whole program (subject null) or of one household for a program. Status rules in
 * rules/common/ insert these logically from the criteria.
 */
public final class Verdict {
    private final String programId;
    private final String subject;
    private final Enums.ProgramStatus status;

    public Verdict(String programId, String subject, Enums.ProgramStatus status) {
        this.programId = programId;
        this.subject = subject;
        this.status = status;
    }

    public static Verdict ofProgram(String programId, Enums.ProgramStatus status) {
        return new Verdict(programId, null, status);
    }

    public static Verdict ofHousehold(String programId, String subject, Enums.ProgramStatus status) {
        return new Verdict(programId, subject, status);
    }

    public String getProgramId() {
        return programId;
    }

    public String getSubject() {
        return subject;
    }

    public Enums.ProgramStatus getStatus() {
        return status;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Verdict v && Objects.equals(programId, v.programId) && Objects.equals(subject, v.subject)
                && status == v.status;
    }

    @Override
    public int hashCode() {
        return Objects.hash(programId, subject, status);
    }

    @Override
    public String toString() {
        return "Verdict(" + programId + (subject == null ? "" : " @" + subject) + " " + status + ")";
    }
}

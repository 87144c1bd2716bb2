package de.aufnahmelotse.facts;

import java.util.Objects;

/** A missing input that would decide an open criterion of a program. */
public final class Question {
    private final String programId;
    private final String field;
    private final String subject;

    public Question(String programId, String field, String subject) {
        this.programId = programId;
        this.field = field;
        this.subject = subject;
    }

    public String getProgramId() {
        return programId;
    }

    /** Request field path, e.g. {@code sponsorGroup.members} or {@code households[h1].location}. */
    public String getField() {
        return field;
    }

    /** The household the question is about, or null. */
    public String getSubject() {
        return subject;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Question q && Objects.equals(programId, q.programId) && Objects.equals(field, q.field)
                && Objects.equals(subject, q.subject);
    }

    @Override
    public int hashCode() {
        return Objects.hash(programId, field, subject);
    }

    @Override
    public String toString() {
        return "Question(" + programId + " " + field + (subject == null ? "" : " @" + subject) + ")";
    }
}

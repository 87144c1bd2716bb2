package de.aufnahmelotse.facts;

import java.util.Map;

/** One criterion of a program evaluated to MET, NOT_MET or UNKNOWN; UNKNOWN names the input that is missing. */
public final class Criterion extends Outcome {
    private final Enums.CriterionStatus status;
    private final boolean blocking;
    private final String missingField;

    public Criterion(String programId, String id, String subject, Enums.CriterionStatus status, boolean blocking,
                     String missingField, Map<String, Object> params, String rule, String legalBasis, String source) {
        super(programId, id, subject, params, rule, legalBasis, source);
        this.status = status;
        this.blocking = blocking;
        this.missingField = missingField;
    }

    /**
     * A blocking criterion that is NOT_MET rules the program out. A non-blocking one is a prerequisite the
     * applicants can still fulfil (training not yet done, no flat yet): the program then NEEDS_INFO, not
     * NOT_ELIGIBLE.
     */
    public boolean isBlocking() {
        return blocking;
    }

    public Enums.CriterionStatus getStatus() {
        return status;
    }

    /** The request field whose absence made the criterion UNKNOWN, e.g. {@code sponsorGroup.members}. */
    public String getMissingField() {
        return missingField;
    }

    Criterion asNonBlocking() {
        return new Criterion(getProgramId(), getId(), getSubject(), status, false, missingField, getParams(), getRule(),
                getLegalBasis(), getSource());
    }

    @Override
    protected Object discriminator() {
        return status + "/" + blocking + "/" + missingField;
    }
}

package de.aufnahmelotse.facts;

import java.util.Map;

/** A checklist step that applies; its order, phase, responsible party and documents come from the catalog. */
public final class Step extends Outcome {
    public Step(String programId, String id, String subject, Map<String, Object> params, String rule,
                String legalBasis, String source) {
        super(programId, id, subject, params, rule, legalBasis, source);
    }

    @Override
    protected Object discriminator() {
        return "";
    }
}

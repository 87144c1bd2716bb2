package de.aufnahmelotse.facts;

import java.util.Map;

/** Advice from the source paper or a comparable experience that fits the municipality's profile. */
public final class Recommendation extends Outcome {
    private final boolean experience;

    public Recommendation(String programId, String id, boolean experience, Map<String, Object> params, String rule,
                          String legalBasis, String source) {
        super(programId, id, null, params, rule, legalBasis, source);
        this.experience = experience;
    }

    /** True for a comparable experience (Altena, Golzow, ...), false for a recommendation. */
    public boolean isExperience() {
        return experience;
    }

    @Override
    protected Object discriminator() {
        return experience;
    }
}

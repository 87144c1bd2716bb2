package de.aufnahmelotse.facts;

import java.util.Map;

/** A funding term that applies (rate, cap, grant for a given cost), concluded by a funding program's rule. */
public final class FundingTerm extends Outcome {
    private final Double ratePct;
    private final Double grantEur;

    public FundingTerm(String programId, String id, Double ratePct, Double grantEur, Map<String, Object> params,
                       String rule, String legalBasis, String source) {
        super(programId, id, null, params, rule, legalBasis, source);
        this.ratePct = ratePct;
        this.grantEur = grantEur;
    }

    public Double getRatePct() {
        return ratePct;
    }

    public Double getGrantEur() {
        return grantEur;
    }

    @Override
    protected Object discriminator() {
        return ratePct + "/" + grantEur;
    }
}

package de.aufnahmelotse.facts;

import java.util.Map;

/** What a program obliges someone to do or pay, with the amount computed by the rule. */
public final class Obligation extends Outcome {
    private final Double amountEur;
    private final Integer months;

    public Obligation(String programId, String id, String subject, Double amountEur, Integer months,
                      Map<String, Object> params, String rule, String legalBasis, String source) {
        super(programId, id, subject, params, rule, legalBasis, source);
        this.amountEur = amountEur;
        this.months = months;
    }

    public Double getAmountEur() {
        return amountEur;
    }

    public Integer getMonths() {
        return months;
    }

    @Override
    protected Object discriminator() {
        return amountEur + "/" + months;
    }
}

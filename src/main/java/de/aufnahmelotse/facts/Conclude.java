package de.aufnahmelotse.facts;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Builds the facts a rule concludes, stamped with the rule's name and its {@code @programId}, {@code @legalBasis}
 * and {@code @source} metadata. Used in consequences: {@code insertLogical(Conclude.met(drools, "nest.group-size",
 * "members", $m, "min", 4));}. Parameters are name/value pairs the explanation text quotes.
 * It holds no rule logic: which outcome applies is decided by the rule's conditions.
 */
public final class Conclude {
    private Conclude() {
    }

    public static Criterion met(RuleContext drools, String criterionId, Object... params) {
        return criterion(drools, null, criterionId, Enums.CriterionStatus.MET, null, params);
    }

    public static Criterion notMet(RuleContext drools, String criterionId, Object... params) {
        return criterion(drools, null, criterionId, Enums.CriterionStatus.NOT_MET, null, params);
    }

    /** A prerequisite the applicants can still fulfil is not fulfilled yet (non-blocking NOT_MET). */
    public static Criterion notYetMet(RuleContext drools, String criterionId, Object... params) {
        return criterion(drools, null, criterionId, Enums.CriterionStatus.NOT_MET, null, params).asNonBlocking();
    }

    /** The criterion cannot be decided because {@code missingField} (a request path) is absent. */
    public static Criterion unknown(RuleContext drools, String criterionId, String missingField, Object... params) {
        return criterion(drools, null, criterionId, Enums.CriterionStatus.UNKNOWN, missingField, params);
    }

    public static Criterion metFor(RuleContext drools, String householdId, String criterionId, Object... params) {
        return criterion(drools, householdId, criterionId, Enums.CriterionStatus.MET, null, params);
    }

    public static Criterion notMetFor(RuleContext drools, String householdId, String criterionId, Object... params) {
        return criterion(drools, householdId, criterionId, Enums.CriterionStatus.NOT_MET, null, params);
    }

    public static Criterion unknownFor(RuleContext drools, String householdId, String criterionId,
                                       String missingField, Object... params) {
        return criterion(drools, householdId, criterionId, Enums.CriterionStatus.UNKNOWN, missingField, params);
    }

    // ---- for common rules (rules/common/), which apply to any program: the program id is explicit ----

    public static Criterion metOf(RuleContext drools, String programId, String criterionId, Object... params) {
        return criterionOf(drools, programId, criterionId, Enums.CriterionStatus.MET, null, params);
    }

    public static Criterion notMetOf(RuleContext drools, String programId, String criterionId, Object... params) {
        return criterionOf(drools, programId, criterionId, Enums.CriterionStatus.NOT_MET, null, params);
    }

    /** A prerequisite of the named program that the applicants can still fulfil (non-blocking NOT_MET). */
    public static Criterion notYetMetOf(RuleContext drools, String programId, String criterionId, Object... params) {
        return criterionOf(drools, programId, criterionId, Enums.CriterionStatus.NOT_MET, null, params).asNonBlocking();
    }

    public static Criterion unknownOf(RuleContext drools, String programId, String criterionId, String missingField,
                                      Object... params) {
        return criterionOf(drools, programId, criterionId, Enums.CriterionStatus.UNKNOWN, missingField, params);
    }

    public static Obligation obligationOf(RuleContext drools, String programId, String obligationId, Double amountEur,
                                          Integer months, Object... params) {
        return new Obligation(programId, obligationId, null, amountEur, months, pairs(params),
                drools.getRule().getName(), meta(drools.getRule(), "legalBasis"), meta(drools.getRule(), "source"));
    }

    /** A funding term of any program: rate, amount, and named amounts ("cost", "ownShare") as parameters. */
    public static FundingTerm fundingOf(RuleContext drools, String programId, String termId, Double ratePct,
                                        Double amountEur, Object... params) {
        return new FundingTerm(programId, termId, ratePct, amountEur, pairs(params), drools.getRule().getName(),
                meta(drools.getRule(), "legalBasis"), meta(drools.getRule(), "source"));
    }

    public static Step stepOf(RuleContext drools, String programId, String stepId, Object... params) {
        return new Step(programId, stepId, null, pairs(params), drools.getRule().getName(),
                meta(drools.getRule(), "legalBasis"), meta(drools.getRule(), "source"));
    }

    private static Criterion criterionOf(RuleContext drools, String programId, String criterionId,
                                         Enums.CriterionStatus status, String missingField, Object[] params) {
        return new Criterion(programId, criterionId, null, status, true, missingField, pairs(params),
                drools.getRule().getName(), meta(drools.getRule(), "legalBasis"), meta(drools.getRule(), "source"));
    }

    /** The program's availability on the as-of date, from the catalog period that covers it. */
    public static Criterion availability(RuleContext drools, String programId, ProgramPeriod period) {
        Enums.CriterionStatus status = period.isOpen() ? Enums.CriterionStatus.MET : Enums.CriterionStatus.NOT_MET;
        return new Criterion(programId, "availability", null, status, true, null,
                Map.of("period", period.getIndex(), "availability", period.getAvailability().name()),
                drools.getRule().getName(), null, period.getSource());
    }

    /** No catalog period covers the as-of date: the program is not in force then. */
    public static Criterion notInForce(RuleContext drools, String programId) {
        return new Criterion(programId, "availability", null, Enums.CriterionStatus.NOT_MET, true, null,
                Map.of("period", -1, "availability", Enums.Availability.CLOSED.name()),
                drools.getRule().getName(), null, null);
    }

    public static Obligation obligation(RuleContext drools, String obligationId, Double amountEur, Integer months,
                                        Object... params) {
        return obligationFor(drools, null, obligationId, amountEur, months, params);
    }

    public static Obligation obligationFor(RuleContext drools, String householdId, String obligationId,
                                           Double amountEur, Integer months, Object... params) {
        Rule rule = drools.getRule();
        return new Obligation(programId(rule), obligationId, householdId, amountEur, months, pairs(params),
                rule.getName(), meta(rule, "legalBasis"), meta(rule, "source"));
    }

    /** A funding term with its rate in percent and, when a cost is known, the grant in euro. */
    public static FundingTerm funding(RuleContext drools, String termId, Double ratePct, Double grantEur,
                                      Object... params) {
        Rule rule = drools.getRule();
        return new FundingTerm(programId(rule), termId, ratePct, grantEur, pairs(params), rule.getName(),
                meta(rule, "legalBasis"), meta(rule, "source"));
    }

    public static Step step(RuleContext drools, String stepId, Object... params) {
        Rule rule = drools.getRule();
        return new Step(programId(rule), stepId, null, pairs(params), rule.getName(), meta(rule, "legalBasis"),
                meta(rule, "source"));
    }

    public static Recommendation recommendation(RuleContext drools, String id, Object... params) {
        Rule rule = drools.getRule();
        return new Recommendation(programId(rule), id, false, pairs(params), rule.getName(),
                meta(rule, "legalBasis"), meta(rule, "source"));
    }

    public static Recommendation experience(RuleContext drools, String id, Object... params) {
        Rule rule = drools.getRule();
        return new Recommendation(programId(rule), id, true, pairs(params), rule.getName(),
                meta(rule, "legalBasis"), meta(rule, "source"));
    }

    private static Criterion criterion(RuleContext drools, String subject, String criterionId,
                                       Enums.CriterionStatus status, String missingField, Object[] params) {
        Rule rule = drools.getRule();
        return new Criterion(programId(rule), criterionId, subject, status, true, missingField, pairs(params),
                rule.getName(), meta(rule, "legalBasis"), meta(rule, "source"));
    }

    private static String programId(Rule rule) {
        String id = meta(rule, "programId");
        if (id == null) {
            throw new IllegalStateException("rule \"" + rule.getName() + "\" concludes without @programId");
        }
        return id;
    }

    /** Reads a metadata value; Drools keeps the quotes of {@code @source("...")} in some versions, so strip them. */
    public static String meta(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        if (value == null) {
            return null;
        }
        String text = value.toString();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text;
    }

    private static Map<String, Object> pairs(Object[] params) {
        if (params == null || params.length == 0) {
            return Map.of();
        }
        if (params.length % 2 != 0) {
            throw new IllegalArgumentException("parameters must be name/value pairs: " + params.length + " values");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            map.put(String.valueOf(params[i]), params[i + 1]);
        }
        return map;
    }
}

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

    /**
     * The rule whose consequence is running. {@code drools} is the consequence's context: a {@link RuleContext} in
     * the classic build, {@code org.drools.model.Drools} in the executable model (whose implementation is a
     * {@link RuleContext} too), so the parameters below are typed {@code Object} to compile in both.
     */
    private static Rule rule(Object drools) {
        if (drools instanceof RuleContext context) {
            return context.getRule();
        }
        throw new IllegalArgumentException("Conclude needs the consequence's 'drools' context, got "
                + (drools == null ? "null" : drools.getClass().getName()));
    }

    public static Criterion met(Object drools, String criterionId, Object... params) {
        return criterion(drools, null, criterionId, Enums.CriterionStatus.MET, null, params);
    }

    public static Criterion notMet(Object drools, String criterionId, Object... params) {
        return criterion(drools, null, criterionId, Enums.CriterionStatus.NOT_MET, null, params);
    }

    /** A prerequisite the applicants can still fulfil is not fulfilled yet (non-blocking NOT_MET). */
    public static Criterion notYetMet(Object drools, String criterionId, Object... params) {
        return criterion(drools, null, criterionId, Enums.CriterionStatus.NOT_MET, null, params).asNonBlocking();
    }

    /** The criterion cannot be decided because {@code missingField} (a request path) is absent. */
    public static Criterion unknown(Object drools, String criterionId, String missingField, Object... params) {
        return criterion(drools, null, criterionId, Enums.CriterionStatus.UNKNOWN, missingField, params);
    }

    public static Criterion metFor(Object drools, String householdId, String criterionId, Object... params) {
        return criterion(drools, householdId, criterionId, Enums.CriterionStatus.MET, null, params);
    }

    public static Criterion notMetFor(Object drools, String householdId, String criterionId, Object... params) {
        return criterion(drools, householdId, criterionId, Enums.CriterionStatus.NOT_MET, null, params);
    }

    public static Criterion unknownFor(Object drools, String householdId, String criterionId,
                                       String missingField, Object... params) {
        return criterion(drools, householdId, criterionId, Enums.CriterionStatus.UNKNOWN, missingField, params);
    }

    // ---- for common rules (rules/common/), which apply to any program: the program id is explicit ----

    public static Criterion metOf(Object drools, String programId, String criterionId, Object... params) {
        return criterionOf(drools, programId, criterionId, Enums.CriterionStatus.MET, null, params);
    }

    public static Criterion notMetOf(Object drools, String programId, String criterionId, Object... params) {
        return criterionOf(drools, programId, criterionId, Enums.CriterionStatus.NOT_MET, null, params);
    }

    /** A prerequisite of the named program that the applicants can still fulfil (non-blocking NOT_MET). */
    public static Criterion notYetMetOf(Object drools, String programId, String criterionId, Object... params) {
        return criterionOf(drools, programId, criterionId, Enums.CriterionStatus.NOT_MET, null, params).asNonBlocking();
    }

    public static Criterion unknownOf(Object drools, String programId, String criterionId, String missingField,
                                      Object... params) {
        return criterionOf(drools, programId, criterionId, Enums.CriterionStatus.UNKNOWN, missingField, params);
    }

    public static Obligation obligationOf(Object drools, String programId, String obligationId, Double amountEur,
                                          Integer months, Object... params) {
        return new Obligation(programId, obligationId, null, amountEur, months, pairs(params),
                metaOf(drools).name(), metaOf(drools).legalBasis(), metaOf(drools).source());
    }

    /** A funding term of any program: rate, amount, and named amounts ("cost", "ownShare") as parameters. */
    public static FundingTerm fundingOf(Object drools, String programId, String termId, Double ratePct,
                                        Double amountEur, Object... params) {
        return new FundingTerm(programId, termId, ratePct, amountEur, pairs(params), metaOf(drools).name(),
                metaOf(drools).legalBasis(), metaOf(drools).source());
    }

    public static Step stepOf(Object drools, String programId, String stepId, Object... params) {
        return new Step(programId, stepId, null, pairs(params), metaOf(drools).name(),
                metaOf(drools).legalBasis(), metaOf(drools).source());
    }

    private static Criterion criterionOf(Object drools, String programId, String criterionId,
                                         Enums.CriterionStatus status, String missingField, Object[] params) {
        return new Criterion(programId, criterionId, null, status, true, missingField, pairs(params),
                metaOf(drools).name(), metaOf(drools).legalBasis(), metaOf(drools).source());
    }

    /** The program's availability on the as-of date, from the catalog period that covers it. */
    public static Criterion availability(Object drools, String programId, ProgramPeriod period) {
        Enums.CriterionStatus status = period.isOpen() ? Enums.CriterionStatus.MET : Enums.CriterionStatus.NOT_MET;
        return new Criterion(programId, "availability", null, status, true, null,
                Map.of("period", period.getIndex(), "availability", period.getAvailability().name()),
                metaOf(drools).name(), null, period.getSource());
    }

    /** No catalog period covers the as-of date: the program is not in force then. */
    public static Criterion notInForce(Object drools, String programId) {
        return new Criterion(programId, "availability", null, Enums.CriterionStatus.NOT_MET, true, null,
                Map.of("period", -1, "availability", Enums.Availability.CLOSED.name()),
                metaOf(drools).name(), null, null);
    }

    public static Obligation obligation(Object drools, String obligationId, Double amountEur, Integer months,
                                        Object... params) {
        return obligationFor(drools, null, obligationId, amountEur, months, params);
    }

    public static Obligation obligationFor(Object drools, String householdId, String obligationId,
                                           Double amountEur, Integer months, Object... params) {
        RuleMeta rule = metaOf(drools);
        return new Obligation(rule.programId(), obligationId, householdId, amountEur, months, pairs(params),
                rule.name(), rule.legalBasis(), rule.source());
    }

    /** A funding term with its rate in percent and, when a cost is known, the grant in euro. */
    public static FundingTerm funding(Object drools, String termId, Double ratePct, Double grantEur,
                                      Object... params) {
        RuleMeta rule = metaOf(drools);
        return new FundingTerm(rule.programId(), termId, ratePct, grantEur, pairs(params), rule.name(),
                rule.legalBasis(), rule.source());
    }

    public static Step step(Object drools, String stepId, Object... params) {
        RuleMeta rule = metaOf(drools);
        return new Step(rule.programId(), stepId, null, pairs(params), rule.name(), rule.legalBasis(),
                rule.source());
    }

    public static Recommendation recommendation(Object drools, String id, Object... params) {
        RuleMeta rule = metaOf(drools);
        return new Recommendation(rule.programId(), id, false, pairs(params), rule.name(),
                rule.legalBasis(), rule.source());
    }

    public static Recommendation experience(Object drools, String id, Object... params) {
        RuleMeta rule = metaOf(drools);
        return new Recommendation(rule.programId(), id, true, pairs(params), rule.name(),
                rule.legalBasis(), rule.source());
    }

    private static Criterion criterion(Object drools, String subject, String criterionId,
                                       Enums.CriterionStatus status, String missingField, Object[] params) {
        RuleMeta rule = metaOf(drools);
        return new Criterion(rule.programId(), criterionId, subject, status, true, missingField, pairs(params),
                rule.name(), rule.legalBasis(), rule.source());
    }

    /**
     * The metadata every conclusion carries, read once per rule: a consequence fires thousands of times a second,
     * and reading it anew made fresh strings (their hashes computed again by every map the conclusion meets).
     * Weak keys by identity: a replaced rule base's rules leave with it.
     */
    private record RuleMeta(String name, String ownProgramId, String legalBasis, String source) {
        /** The rule's {@code @programId}; a rule that concludes for its own program must name one. */
        String programId() {
            if (ownProgramId == null) {
                throw new IllegalStateException("rule \"" + name + "\" concludes without @programId");
            }
            return ownProgramId;
        }
    }

    private static final com.github.benmanes.caffeine.cache.Cache<Rule, RuleMeta> META =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().weakKeys().build();

    private static RuleMeta metaOf(Object drools) {
        Rule rule = rule(drools);
        return META.get(rule, r -> new RuleMeta(r.getName(), meta(r, "programId"), meta(r, "legalBasis"), meta(r, "source")));
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

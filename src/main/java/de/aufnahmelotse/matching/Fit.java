package de.aufnahmelotse.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Builds what the matching rules conclude, stamped with the rule's name, {@code @legalBasis} and {@code @source}
 * (like {@code facts.Conclude} for the program rules). Holds no rule logic: the rule's conditions decide.
 */
public final class Fit {
    /** Domains a pledge offers in; the rules name them, {@link PairEvaluator} only compares equal names. */
    public static final String SERVICE = "SERVICE";
    public static final String JOB = "JOB";
    public static final String LANGUAGE = "LANGUAGE";
    public static final String COMMUNITY = "COMMUNITY";
    public static final String PLACE = "PLACE";
    public static final String SETTLEMENT = "SETTLEMENT";
    public static final String SPONSOR = "SPONSOR";
    public static final String MENTORING_MONTHS = "MENTORING_MONTHS";
    public static final String PLACES = "PLACES";
    public static final String DWELLING_PERSONS = "DWELLING_PERSONS";
    public static final String STEP_FREE_PERSONS = "STEP_FREE_PERSONS";
    public static final String PERIOD = "PERIOD";

    private Fit() {
    }

    public static Requirement knockOut(RuleContext drools, HouseholdFact h, String criterion, String domain,
                                       Collection<String> anyOf) {
        return req(drools, h, criterion, Requirement.Kind.KNOCKOUT, 0, domain, anyOf, null, null);
    }

    public static Requirement knockOut(RuleContext drools, HouseholdFact h, String criterion, String domain,
                                       String token) {
        return knockOut(drools, h, criterion, domain, List.of(token));
    }

    public static Requirement knockOutAtLeast(RuleContext drools, HouseholdFact h, String criterion, String domain,
                                              int amount) {
        return req(drools, h, criterion, Requirement.Kind.KNOCKOUT, 0, domain, null, amount, null);
    }

    public static Requirement points(RuleContext drools, HouseholdFact h, String criterion, int points,
                                     String domain, Collection<String> anyOf) {
        return req(drools, h, criterion, Requirement.Kind.POINTS, points, domain, anyOf, null, null);
    }

    public static Requirement points(RuleContext drools, HouseholdFact h, String criterion, int points,
                                     String domain, String token) {
        return points(drools, h, criterion, points, domain, List.of(token));
    }

    public static Requirement pointsAtLeast(RuleContext drools, HouseholdFact h, String criterion, int points,
                                            String domain, int amount) {
        return req(drools, h, criterion, Requirement.Kind.POINTS, points, domain, null, amount, null);
    }

    /** The household leaves a fit criterion open: UNKNOWN for every pledge, no points, the field is named. */
    public static Requirement unknownPoints(RuleContext drools, HouseholdFact h, String criterion, String domain,
                                            String missingField) {
        return req(drools, h, criterion, Requirement.Kind.POINTS, 0, domain, null, null, missingField);
    }

    /** The household leaves a knock-out open (e.g. needs not stated): UNKNOWN for every pledge, named as concern. */
    public static Requirement unknownKnockOut(RuleContext drools, HouseholdFact h, String criterion, String domain,
                                              String missingField) {
        return req(drools, h, criterion, Requirement.Kind.KNOCKOUT, 0, domain, null, null, missingField);
    }

    public static Offer offer(PledgeFact p, String domain, String token) {
        return new Offer(p.getId(), domain, token, null);
    }

    public static Offer offerAmount(PledgeFact p, String domain, int amount) {
        return new Offer(p.getId(), domain, null, amount);
    }

    public static OfferUnknown unknown(PledgeFact p, String domain, String missingField) {
        return new OfferUnknown(p.getId(), domain, missingField);
    }

    /** {@code prefix} before each value: {@code prefixed("AGS:", ["05315000"])} → {@code ["AGS:05315000"]}. */
    public static List<String> prefixed(String prefix, Collection<String> values) {
        List<String> out = new ArrayList<>(values.size());
        values.forEach(v -> out.add(prefix + v));
        return out;
    }

    /** The district keys (first five digits) of municipality keys, each prefixed: {@code KREIS:05315}. */
    public static List<String> districtsOf(String prefix, Collection<String> ags) {
        return ags.stream().map(a -> prefix + a.substring(0, Math.min(5, a.length()))).distinct().toList();
    }

    private static Requirement req(RuleContext drools, HouseholdFact h, String criterion, Requirement.Kind kind,
                                   int points, String domain, Collection<String> anyOf, Integer atLeast,
                                   String missing) {
        Rule rule = drools.getRule();
        return new Requirement(h.getId(), criterion, kind, points, domain, anyOf == null ? null : List.copyOf(anyOf),
                atLeast, missing, rule.getName(), meta(rule, "legalBasis"), meta(rule, "source"));
    }

    private static String meta(Rule rule, String key) {
        Map<String, Object> m = rule.getMetaData();
        Object v = m.get(key);
        if (v == null) {
            return null;
        }
        String text = String.valueOf(v);
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1) : text;
    }
}

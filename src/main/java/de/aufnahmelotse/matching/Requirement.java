package de.aufnahmelotse.matching;

import java.util.List;

/**
 * What a matching rule concluded about one household: a criterion every pledge is judged on. A pledge meets it when
 * it offers one of {@code anyOf} in {@code domain}, or an amount of at least {@code atLeast} there; it is UNKNOWN
 * when the household leaves it open ({@code householdMissing}, a request field) or the pledge leaves the domain
 * open ({@link OfferUnknown}). {@code points} count when it is met (fit criteria); a knock-out that is not met rules
 * the pledge out. Stamped with the rule's name and its {@code @legalBasis} and {@code @source}.
 */
public record Requirement(String householdId, String criterion, Kind kind, int points, String domain,
                          List<String> anyOf, Integer atLeast, String householdMissing, String rule,
                          String legalBasis, String source) {
    /** A knock-out (not met: the pledge cannot take the household) or fit points. */
    public enum Kind { KNOCKOUT, POINTS }

    public Requirement {
        anyOf = anyOf == null ? List.of() : anyOf.stream().sorted().distinct().toList();
    }
}

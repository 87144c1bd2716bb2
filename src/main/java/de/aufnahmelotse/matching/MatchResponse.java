package de.aufnahmelotse.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code POST /api/v1/matching}: a proposal per household, the use of every pledge, the same cohort
 * by the key alone, and everything the run depended on (matching rule-set version, weights, key, solver settings).
 */
public record MatchResponse(boolean proposal, String notice, LocalDate asOf, String rulesetVersion,
                            MatchingRules.Weights weights, AssignmentSolver.Settings solver, KeyInfo key,
                            List<String> method, Summary summary, Map<String, Criterion> criteria,
                            List<Assignment> assignments, List<PledgeUse> pledges, Metrics proposalMetrics,
                            Baseline baseline) {

    /**
     * One criterion of the pair: its status, the points it brought, what is open (UNKNOWN), and which of the
     * criterion's legal bases (an index into {@code criteria[criterion].bases}) the rule that concluded it names. The
     * texts are in {@link #criteria}, once per answer.
     */
    public record Reason(String criterion, String status, int points, String missingField, int basis) {
    }

    /**
     * A criterion used by the answer's reasons: knock-out or points, its text per outcome (MET, NOT_MET, UNKNOWN) in
     * the answer's language, and the legal bases with their sources of the rules that conclude it.
     */
    public record Criterion(String kind, Map<String, String> texts, List<Basis> bases) {
    }

    public record Basis(String legalBasis, String source) {
    }

    /** Another pledge that could take the household, with its fit and places left in this proposal. */
    public record Alternative(String pledgeId, int fit, int fitDifference, int placesLeft) {
    }

    /** A household without a pledge: where the key sends it, by which method, and why no pledge took it. */
    public record Fallback(String land, String unitAgs, String unitName, String unitKind, String method,
                           String reason, Integer keyYear, Boolean keyYearExact) {
    }

    public record Assignment(String householdId, int size, String pledgeId, String dwellingId, String ags,
                             Integer fit, boolean locked, List<Reason> reasons, List<String> concerns,
                             List<Alternative> alternatives, Fallback fallback) {
    }

    public record PledgeUse(String pledgeId, String ags, int places, int placesUsed, int placesLeft,
                            List<String> households, List<String> dwellingsUnused) {
    }

    /** Quality of an assignment of the cohort (the proposal or the key baseline). */
    public record Metrics(long totalFit, int knockOutViolations, Map<String, Integer> violationsByCriterion,
                          int householdsWithPledge, int personsWithPledge, double shareWithSponsorGroup,
                          double sharePledgedPlacesUsed, int fallback) {
    }

    public record Baseline(String method, Metrics metrics) {
    }

    /** {@code upperBound}: the Lagrangian bound (≤ the other); {@code gapPct} of the proposal's fit below it. */
    public record Summary(int households, int persons, int householdsWithPledge, int personsWithPledge, int fallback,
                          long totalFit, long upperBound, long upperBoundBestPledge, double gapPct,
                          String upperBoundMethod) {
    }

    /** The key between Länder used for fallback and baseline; null fields when no table is loaded. */
    public record KeyInfo(String name, Integer year, Boolean exactYear, String source,
                          Map<String, BigDecimal> sharesPct, String withinLand) {
    }
}

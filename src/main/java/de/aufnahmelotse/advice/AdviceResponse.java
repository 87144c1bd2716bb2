package de.aufnahmelotse.advice;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.aufnahmelotse.facts.Enums.Availability;
import de.aufnahmelotse.facts.Enums.Category;
import de.aufnahmelotse.facts.Enums.CriterionStatus;
import de.aufnahmelotse.facts.Enums.Level;
import de.aufnahmelotse.facts.Enums.Phase;
import de.aufnahmelotse.facts.Enums.ProgramStatus;
import de.aufnahmelotse.facts.Enums.Responsible;
import java.time.LocalDate;
import java.util.List;

/** The advice: programs with reasons, the ordered checklist, recommendations, and a trace. Field names are API v1. */
public record AdviceResponse(String rulesetVersion, LocalDate asOf, String language, List<ProgramResult> programs,
                             List<StepResult> checklist, List<RecommendationResult> recommendations,
                             List<RecommendationResult> experiences, List<HouseholdResult> households,
                             List<DerivedResult> derived, Trace trace,
                             @JsonInclude(JsonInclude.Include.NON_NULL) PrefillResult prefill,
                             List<AssumptionResult> assumptions) {

    public AdviceResponse {
        assumptions = assumptions == null ? List.of() : List.copyOf(assumptions);
    }

    /** Same response without assumptions. */
    public AdviceResponse(String rulesetVersion, LocalDate asOf, String language, List<ProgramResult> programs,
                          List<StepResult> checklist, List<RecommendationResult> recommendations,
                          List<RecommendationResult> experiences, List<HouseholdResult> households,
                          List<DerivedResult> derived, Trace trace, PrefillResult prefill) {
        this(rulesetVersion, asOf, language, programs, checklist, recommendations, experiences, households, derived,
                trace, prefill, List.of());
    }

    /** Same response without prefill (no directory asked). */
    public AdviceResponse(String rulesetVersion, LocalDate asOf, String language, List<ProgramResult> programs,
                          List<StepResult> checklist, List<RecommendationResult> recommendations,
                          List<RecommendationResult> experiences, List<HouseholdResult> households,
                          List<DerivedResult> derived, Trace trace) {
        this(rulesetVersion, asOf, language, programs, checklist, recommendations, experiences, households, derived,
                trace, null);
    }

    /**
     * Which municipality facts were filled from the directory for {@code municipality.ags} (request fields win):
     * {@code found} false when the key is not in the directory; {@code fields} are request paths; {@code sources}
     * names, per filled field, the file and reference date it came from.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PrefillResult(String source, String file, LocalDate referenceDate, String ags, boolean found,
                                List<String> fields, List<PrefillSource> sources) {
    }

    /**
     * One filled field and where it came from; a population change also names the earlier directory it was
     * computed against ({@code comparedWith...}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PrefillSource(String field, String file, LocalDate referenceDate, String comparedWithFile,
                                LocalDate comparedWithReferenceDate) {
    }

    /**
     * A value the rules assumed for a request field the request leaves empty ({@code field}, a request path), why
     * ({@code text}, in the answer's language) and the programs whose answer rests on it (sorted). A request that
     * gives the field has no such assumption.
     */
    public record AssumptionResult(String id, String field, String value, String text, List<String> programs) {
    }

    /** A classification the rules derived (size class, household with minors, ...). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DerivedResult(String name, String value, String householdId) {
    }

    public record ProgramResult(String id, String name, Category category, Level level, ProgramStatus status,
                                AvailabilityResult availability, String summary, List<CriterionResult> criteria,
                                List<MissingResult> missing, List<ObligationResult> obligations,
                                FundingResult funding, String legalBasis, String source, LocalDate validFrom,
                                LocalDate validUntil, de.aufnahmelotse.catalog.Verification verification) {
    }

    /** The program's status on the as-of date from its catalog period. */
    public record AvailabilityResult(Availability status, LocalDate from, LocalDate until, String note,
                                     String source) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CriterionResult(String id, CriterionStatus status, boolean blocking, String householdId,
                                  String explanation, String legalBasis, String source) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MissingResult(String field, String householdId, String question) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ObligationResult(String id, String text, Double amountEur, Integer months, String householdId,
                                   String legalBasis, String source) {
    }

    public record FundingResult(List<FundingTermResult> terms) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FundingTermResult(String id, String text, Double ratePct, Double amountEur, Double costEur,
                                    Double ownShareEur, String legalBasis, String source) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StepResult(String id, String programId, int order, Phase phase, Responsible responsible,
                             String title, List<String> documents, List<String> dependsOn, String deadline,
                             String legalBasis, String source) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RecommendationResult(String id, String title, String why, String source) {
    }

    /** Which channels could apply to one household, and how they stand. */
    public record HouseholdResult(String id, List<HouseholdProgram> programs) {
    }

    public record HouseholdProgram(String programId, ProgramStatus status) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    /**
     * Diagnostics of the evaluation. {@code incremental}: a reused session evaluated the request, and
     * {@code rulesFired} counts only the rules whose inputs differed from that session's previous request; with
     * {@code ?trace=true} a fresh session evaluates and {@code rules} names every rule that fired.
     */
    public record Trace(int rulesFired, long evaluationMicros, List<String> rules, boolean incremental) {
    }
}

package de.aufnahmelotse.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the case routes answer. Field names are API v1 (documented in openapi-base.json). */
public final class CaseViews {
    private CaseViews() {
    }

    /**
     * One stored evaluation: the advice as served (written as the JSON it was stored as, without parsing it again),
     * with its rule-set version and as-of date.
     */
    public record Evaluation(int seq, OffsetDateTime evaluatedAt, LocalDate asOf, String rulesetVersion,
                             @JsonRawValue String advice) {
        /** The advice as a tree (for callers in Java; the routes write it raw). */
        public JsonNode adviceTree() {
            try {
                return TREES.readTree(advice);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper TREES =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /**
     * The state of one checklist step, keyed by {@code programId} and {@code stepId}; {@code title} and
     * {@code phase} come from the current evaluation's checklist (null for a step no longer in it).
     */
    public record Step(String programId, String stepId, String title, String phase, boolean inChecklist,
                       String status, LocalDate due, String responsible, String note, int version,
                       OffsetDateTime changedAt) {
    }

    /** A case as GET answers it: its request, its current evaluation and the state of each checklist step. */
    public record Case(String id, String label, String language, OffsetDateTime createdAt, OffsetDateTime changedAt,
                       LocalDate deleteAfter, int revision, JsonNode request, Evaluation evaluation,
                       List<Step> steps) {
    }

    /** The answer of POST /api/v1/cases: the access key appears here and nowhere else. */
    public record Created(String id, String accessKey, @JsonProperty("case") Case caseView) {
    }

    /** One entry of the append-only history: when, what, old → new. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record HistoryEntry(OffsetDateTime at, String what, @JsonProperty("old") String oldValue,
                               @JsonProperty("new") String newValue) {
    }

    /** One difference between the stored evaluation and a new one, with its reason. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(String kind, String programId, String stepId, LocalDate date,
                         @JsonProperty("old") String oldValue, @JsonProperty("new") String newValue,
                         String reason) {
    }

    /** GET .../changes: the stored evaluation against one on {@code asOf} (today by default). */
    public record Changes(String caseId, LocalDate storedAsOf, String storedRulesetVersion, LocalDate asOf,
                          String rulesetVersion, int horizonDays, List<Change> changes) {
    }

    /** GET .../export: everything about the case (never its key or key hash). */
    public record Export(String format, OffsetDateTime exportedAt, String id, String label, String language,
                         OffsetDateTime createdAt, OffsetDateTime changedAt, LocalDate deleteAfter, int revision,
                         JsonNode request, List<Evaluation> evaluations, List<Step> steps,
                         List<HistoryEntry> history) {
    }

    /** {@code cases stats}: counts only, nothing about any one case. */
    public record Stats(long cases, long evaluations, long steps, long historyEntries, OffsetDateTime oldestChange,
                        long expiringWithin30Days, int retentionMonths) {
    }
}

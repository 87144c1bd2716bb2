package de.aufnahmelotse.advice;

/**
 * Told about every evaluation {@link AdviceService} runs (for metrics). Keeps the service free of any metrics or HTTP
 * library: the operations package implements it with Micrometer.
 */
@FunctionalInterface
public interface EvaluationObserver {
    EvaluationObserver NONE = (rulesFired, evaluationMicros, reusedSession) -> {
    };

    /** {@code reusedSession}: a pooled session evaluated only what changed (else a fresh session, for a trace). */
    void evaluated(int rulesFired, long evaluationMicros, boolean reusedSession);
}

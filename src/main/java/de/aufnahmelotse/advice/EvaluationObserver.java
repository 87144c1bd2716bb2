package de.aufnahmelotse.advice;

/**
 * Told about every evaluation {@link AdviceService} runs (for metrics). Keeps the service free of any metrics or HTTP
 * library: the operations package implements it with Micrometer.
 */
@FunctionalInterface
public interface EvaluationObserver {
    EvaluationObserver NONE = (rulesFired, evaluationMicros) -> {
    };

    void evaluated(int rulesFired, long evaluationMicros);
}

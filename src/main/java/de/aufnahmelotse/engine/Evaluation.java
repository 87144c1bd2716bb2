package de.aufnahmelotse.engine;

import java.util.List;

/** What one evaluation produced: every fact in working memory at the end, the rules that fired, and the time. */
public record Evaluation(List<Object> facts, List<String> firedRules, long evaluationMicros) {
    public <T> List<T> all(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }
}

package de.aufnahmelotse.engine;

import java.util.List;

/**
 * What one evaluation produced: every fact in working memory at the end, how many rules fired, their names (only
 * for a traced evaluation in a fresh session), the time, and whether a reused session evaluated it — then
 * {@code rulesFired} counts only the rules whose inputs differed from the session's previous request.
 */
public record Evaluation(List<Object> facts, int rulesFired, List<String> firedRules, long evaluationMicros,
                         boolean incremental) {
    public <T> List<T> all(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }
}

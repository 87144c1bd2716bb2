package de.aufnahmelotse.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one evaluation produced: every fact in working memory at the end, how many rules fired, their names (only
 * for a traced evaluation in a fresh session), the time, and whether a reused session evaluated it — then
 * {@code rulesFired} counts only the rules whose inputs differed from the session's previous request.
 */
public record Evaluation(List<Object> facts, int rulesFired, List<String> firedRules, long evaluationMicros,
                         boolean incremental, Map<Class<?>, List<Object>> byClass) {

    public Evaluation(List<Object> facts, int rulesFired, List<String> firedRules, long evaluationMicros,
                      boolean incremental) {
        this(facts, rulesFired, firedRules, evaluationMicros, incremental, byClass(facts));
    }

    /**
     * The facts of {@code type} (subclasses included), in working-memory order. Working memory holds the catalog
     * as well as the conclusions, so the facts are grouped by class once instead of scanned for every type.
     */
    @SuppressWarnings("unchecked")
    public <T> List<T> all(Class<T> type) {
        List<Object> exact = byClass.get(type);
        List<Class<?>> matching = new ArrayList<>(2);
        for (Class<?> c : byClass.keySet()) {
            if (type.isAssignableFrom(c)) {
                matching.add(c);
            }
        }
        if (matching.isEmpty()) {
            return List.of();
        }
        if (matching.size() == 1 && exact != null) {
            return (List<T>) exact;
        }
        // several classes: keep working-memory order across them
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static Map<Class<?>, List<Object>> byClass(List<Object> facts) {
        Map<Class<?>, List<Object>> groups = new LinkedHashMap<>();
        for (Object fact : facts) {
            groups.computeIfAbsent(fact.getClass(), k -> new ArrayList<>()).add(fact);
        }
        groups.replaceAll((k, v) -> java.util.Collections.unmodifiableList(v));
        return java.util.Collections.unmodifiableMap(groups);
    }
}

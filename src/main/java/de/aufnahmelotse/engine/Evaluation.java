package de.aufnahmelotse.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one evaluation produced: every fact in working memory at the end (for a reused session: every fact but the
 * base facts), how many rules fired, their names (only for a traced evaluation in a fresh session), the time, and
 * whether a reused session evaluated it — then {@code rulesFired} counts only the rules whose inputs differed from
 * the session's previous request. The facts are grouped by class once, as they are read.
 */
public record Evaluation(List<Object> facts, int rulesFired, List<String> firedRules, long evaluationMicros,
                         boolean incremental, Map<Class<?>, List<Object>> byClass) {

    public Evaluation(List<Object> facts, int rulesFired, List<String> firedRules, long evaluationMicros,
                      boolean incremental) {
        this(facts, rulesFired, firedRules, evaluationMicros, incremental, group(facts));
    }

    /**
     * A reused session's result: its facts grouped by class (without the base facts, which the caller supplied and
     * which never change: {@link ConclusionReader}).
     */
    static Evaluation of(Map<Class<?>, List<Object>> groups, int rulesFired, long evaluationMicros) {
        List<Object> facts = new ArrayList<>();
        groups.values().forEach(facts::addAll);
        groups.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return new Evaluation(Collections.unmodifiableList(facts), rulesFired, List.of(), evaluationMicros, true,
                Collections.unmodifiableMap(groups));
    }

    /** The facts of {@code type} (subclasses included). */
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
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Drools keeps facts per class, so runs of one class follow each other: the last group is tried first. */
    private static Map<Class<?>, List<Object>> group(Collection<?> facts) {
        Map<Class<?>, List<Object>> groups = new LinkedHashMap<>();
        Class<?> lastClass = null;
        List<Object> last = null;
        for (Object fact : facts) {
            Class<?> c = fact.getClass();
            if (c != lastClass) {
                last = groups.computeIfAbsent(c, k -> new ArrayList<>());
                lastClass = c;
            }
            last.add(fact);
        }
        groups.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return Collections.unmodifiableMap(groups);
    }
}

package de.aufnahmelotse.advice;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.aufnahmelotse.facts.Outcome;
import de.aufnahmelotse.ruleset.RuleSet;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The rendered result of a conclusion (a criterion's explanation, a step's title and documents), kept for the next
 * request that reaches the same conclusion: varied requests share most of them, and rendering texts is a large part
 * of mapping an evaluation to an answer.
 *
 * <p>One instance per rule set, so the catalog texts a result was rendered from cannot change under it. The key is
 * everything the rendering reads from the fact: its equality (class, program, id, subject, parameters, status),
 * plus its legal basis and source, plus the language. Facts whose parameters hold anything but immutable values
 * (text, numbers, enums, dates, catalog texts by language) are rendered every time. Bounded by entries (Caffeine).
 */
final class RenderedConclusions {
    static final int MAX_ENTRIES = 20_000;

    private record Key(Outcome fact, String legalBasis, String source, String language) {
    }

    private final RuleSet rules;
    private final Cache<Key, Object> rendered = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).build();

    RenderedConclusions(RuleSet rules) {
        this.rules = rules;
    }

    boolean isFor(RuleSet r) {
        return rules == r;
    }

    @SuppressWarnings("unchecked")
    <T> T get(Outcome fact, String language, Supplier<T> render) {
        if (!immutable(fact.getParams())) {
            return render.get();
        }
        Key key = new Key(fact, fact.getLegalBasis(), fact.getSource(), language);
        Object result = rendered.getIfPresent(key);
        if (result == null) {
            result = render.get();
            rendered.put(key, result);
        }
        return (T) result;
    }

    private static boolean immutable(Map<String, Object> params) {
        for (Object v : params.values()) {
            if (!(v == null || v instanceof String || v instanceof Number || v instanceof Boolean || v instanceof Enum
                    || v instanceof TemporalAccessor || v instanceof Map<?, ?> m && textsByLanguage(m))) {
                return false;
            }
        }
        return true;
    }

    private static boolean textsByLanguage(Map<?, ?> m) {
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!(e.getKey() instanceof String) || !(e.getValue() == null || e.getValue() instanceof String)) {
                return false;
            }
        }
        return true;
    }
}

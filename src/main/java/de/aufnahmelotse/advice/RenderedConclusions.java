package de.aufnahmelotse.advice;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.aufnahmelotse.facts.Outcome;
import de.aufnahmelotse.ruleset.RuleSet;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The rendered result of a conclusion (a criterion's explanation, a step's title and documents), kept for the next
 * request that reaches the same conclusion: varied requests share most of them, and rendering texts is a large part
 * of mapping an evaluation to an answer.
 *
 * <p>One instance per rule set, so the catalog texts a result was rendered from cannot change under it. The key is
 * everything the rendering reads from the fact: its equality (class, program, id, subject, parameters, status),
 * plus its legal basis and source, plus the language. Whole program results are kept the same way
 * ({@link #program}), keyed by all their conclusions, status, date and language. Facts whose parameters hold
 * anything but immutable values (text, numbers, enums, dates, catalog texts by language) are rendered every time.
 * Bounded by entries (Caffeine).
 */
final class RenderedConclusions {
    static final int MAX_ENTRIES = 20_000;

    private record Key(Outcome fact, String legalBasis, String source, String language) {
    }

    /**
     * A conclusion as a program result reads it: the fact, and for outcomes their legal basis and source. Written
     * out rather than a record: a memo lookup compares every part of a program, and most are the very instances of
     * the previous request (a warm session keeps unchanged conclusions), so identity is tried first.
     */
    private static final class Part {
        private final Object fact;
        private final String legalBasis;
        private final String source;
        private final int hash;

        Part(Object fact, String legalBasis, String source) {
            this.fact = fact;
            this.legalBasis = legalBasis;
            this.source = source;
            this.hash = 31 * (31 * fact.hashCode() + Objects.hashCode(legalBasis)) + Objects.hashCode(source);
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Part p && hash == p.hash && (fact == p.fact || fact.equals(p.fact))
                    && Objects.equals(legalBasis, p.legalBasis) && Objects.equals(source, p.source);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * Everything a program result is built from besides the rule set: its program, status, date and language, and
     * its conclusions as a multiset (the session lists them in no fixed order; the result sorts them itself).
     */
    private static final class ProgramKey {
        private final String programId;
        private final Object status;
        private final java.time.LocalDate asOf;
        private final String language;
        private final Map<Part, Integer> parts;
        private final int hash;

        ProgramKey(String programId, Object status, java.time.LocalDate asOf, String language,
                   Map<Part, Integer> parts) {
            this.programId = programId;
            this.status = status;
            this.asOf = asOf;
            this.language = language;
            this.parts = parts;
            this.hash = Objects.hash(programId, status, asOf, language, parts);
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof ProgramKey k && hash == k.hash && programId.equals(k.programId)
                    && Objects.equals(status, k.status) && Objects.equals(asOf, k.asOf)
                    && Objects.equals(language, k.language) && parts.equals(k.parts);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    static final int MAX_PROGRAMS = 8_000;
    private final Cache<ProgramKey, Object> programs = Caffeine.newBuilder().maximumSize(MAX_PROGRAMS).build();
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
        if (!fact.hasPlainParams()) {
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

    /**
     * The kept program result built from exactly these conclusions, or a new one ({@code build}) that is kept. Kept
     * results are shared between answers: the same instance for the same inputs, so the JSON writer can keep its
     * text by identity ({@code http/RepeatedParts}). Conclusions with parameters that are not plain values are built
     * every time.
     */
    @SuppressWarnings("unchecked")
    <T> T program(String programId, Object status, java.time.LocalDate asOf, String language,
                  java.util.List<? extends java.util.List<?>> conclusions, Supplier<T> build) {
        Map<Part, Integer> parts = new java.util.HashMap<>();
        for (java.util.List<?> list : conclusions) {
            for (Object fact : list) {
                Part part;
                if (fact instanceof Outcome o) {
                    if (!o.hasPlainParams()) {
                        return build.get();
                    }
                    part = new Part(o, o.getLegalBasis(), o.getSource());
                } else {
                    part = new Part(fact, null, null);
                }
                parts.merge(part, 1, Integer::sum);
            }
        }
        ProgramKey key = new ProgramKey(programId, status, asOf, language, parts);
        Object result = programs.getIfPresent(key);
        if (result == null) {
            result = build.get();
            programs.put(key, result);
        }
        return (T) result;
    }
}

package de.aufnahmelotse.facts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Base of every fact a rule concludes. It carries the program, the subject (a household id, or null for the
 * municipality or sponsor group), the rule that concluded it and that rule's legal basis and source, read from the
 * rule's metadata ({@code @programId}, {@code @legalBasis}, {@code @source}) by {@link Conclude}.
 * Equality ignores the provenance, so that {@code insertLogical} of the same conclusion twice is one fact.
 */
public abstract class Outcome {
    /**
     * Equal parameter maps of plain values are one instance: conclusions are compared far more often than made
     * (truth maintenance, the advice service's kept renderings keyed by conclusion), and a map compared with itself
     * is equal at once. Weak: a map leaves when no conclusion holds it.
     */
    private static final com.github.benmanes.caffeine.cache.Interner<Map<String, Object>> PARAMS =
            com.github.benmanes.caffeine.cache.Interner.newWeakInterner();
    private final String programId;
    private final String id;
    private final String subject;
    private final Map<String, Object> params;
    private final String rule;
    private final String legalBasis;
    private final String source;
    private final boolean plainParams;
    /** Computed once: Drools' truth maintenance hashes and compares every logically inserted outcome. */
    private Object discriminatorValue;
    private int hash;

    protected Outcome(String programId, String id, String subject, Map<String, Object> params, String rule,
                      String legalBasis, String source) {
        this.programId = programId;
        this.id = id;
        this.subject = subject;
        Map<String, Object> copy = params == null || params.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        this.plainParams = plain(copy);
        this.params = plainParams && !copy.isEmpty() ? PARAMS.intern(copy) : copy;
        this.rule = rule;
        this.legalBasis = legalBasis;
        this.source = source;
    }

    public String getProgramId() {
        return programId;
    }

    public String getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    /** Values the explanation text quotes, e.g. {@code members=5, min=4}. */
    public Map<String, Object> getParams() {
        return params;
    }

    /**
     * Whether every parameter is a plain value that cannot change under a reader: text, number, boolean, enum, date,
     * or texts by language. Only such conclusions may be rendered once and the rendering kept
     * ({@code advice/RenderedConclusions}). Decided once: the parameters are a copy no one else holds.
     */
    public boolean hasPlainParams() {
        return plainParams;
    }

    private static boolean plain(Map<String, Object> params) {
        for (Object v : params.values()) {
            if (!(v == null || v instanceof String || v instanceof Number || v instanceof Boolean || v instanceof Enum
                    || v instanceof java.time.temporal.TemporalAccessor || v instanceof Map<?, ?> m && textsByLanguage(m))) {
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

    public String getRule() {
        return rule;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public String getSource() {
        return source;
    }

    protected abstract Object discriminator();

    private Object discriminatorValue() {
        Object d = discriminatorValue;
        if (d == null) {
            d = discriminator();
            discriminatorValue = d;
        }
        return d;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || o.getClass() != getClass()) {
            return false;
        }
        Outcome other = (Outcome) o;
        if (hashCode() != other.hashCode()) { // computed once per conclusion
            return false;
        }
        return Objects.equals(programId, other.programId) && Objects.equals(id, other.id)
                && Objects.equals(subject, other.subject) && Objects.equals(params, other.params)
                && Objects.equals(discriminatorValue(), other.discriminatorValue());
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Objects.hash(getClass(), programId, id, subject, params, discriminatorValue());
            hash = h == 0 ? 1 : h;
        }
        return hash;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + programId + " " + id + (subject == null ? "" : " @" + subject)
                + " " + discriminator() + " " + params + ")";
    }
}

package de.aufnahmelotse.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Evaluates facts against the shared KieBase. Two ways, same conclusions: {@link #evaluate(Collection)} opens a
 * fresh session per call (always disposed) and can name every rule that fired; {@link #evaluate(Object, Supplier,
 * Collection)} reuses a pooled session that has already evaluated the base facts of a key (catalog and as-of date)
 * and only propagates what differs in the request's input facts. Thread-safe.
 */
public final class RuleEngine {
    /** Guard against rules that loop: an evaluation that fires more rules than this is cut off and fails. */
    public static final int MAX_FIRINGS = 100_000;

    private final KieBase kieBase;
    private final SessionPool pool;

    /**
     * Idle sessions kept: one per Land (the affinity the advice service gives) plus two per core, about 1.1 MB of
     * heap each (measured: 8 sessions 8.9 MB).
     */
    static int maxIdleSessions(int cores) {
        return 16 + 2 * cores;
    }

    public RuleEngine(KieBase kieBase) {
        this.kieBase = kieBase;
        int cores = Runtime.getRuntime().availableProcessors();
        // two evaluations per core keep the cores busy while one thread waits; more only cost memory
        this.pool = new SessionPool(kieBase, 2 * cores, maxIdleSessions(cores));
    }

    /** Fresh session: inserts all facts, fires, lists every rule that fired. */
    public Evaluation evaluate(Collection<?> facts) {
        long start = System.nanoTime();
        KieSession session = kieBase.newKieSession();
        try {
            List<String> fired = new ArrayList<>();
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
            for (Object fact : facts) {
                session.insert(fact);
            }
            int count = checkFirings(session.fireAllRules(MAX_FIRINGS));
            List<Object> result = new ArrayList<>(session.getObjects());
            return new Evaluation(result, count, fired, (System.nanoTime() - start) / 1_000, false);
        } finally {
            session.dispose();
        }
    }

    /**
     * Reused session: {@code baseFacts} (built only when no idle session of {@code key} exists) must be the same for
     * equal keys; {@code inputs} are the request's facts, which must be mutable beans with a no-argument constructor
     * (the session works on its own copies). The result holds the caller's input objects, not the copies.
     */
    public Evaluation evaluate(Object key, Supplier<? extends Collection<?>> baseFacts, Collection<?> inputs) {
        return pool.evaluate(key, null, baseFacts, inputs);
    }

    /**
     * The same, preferring a session whose last request had the same {@code affinity} (the advice service gives the
     * Land: most rules that change between two requests are a Land's). The answer does not depend on it.
     */
    public Evaluation evaluate(Object key, Object affinity, Supplier<? extends Collection<?>> baseFacts,
                               Collection<?> inputs) {
        return pool.evaluate(key, affinity, baseFacts, inputs);
    }

    /**
     * Sessions built, evaluations served by a reused session (of those, by one of the request's affinity), sessions
     * disposed, sessions idle now.
     */
    public SessionStats sessionStats() {
        SessionPool.Stats s = pool.stats();
        return new SessionStats(s.created(), s.reused(), s.reusedSameAffinity(), s.disposed(), s.idle());
    }

    public record SessionStats(long created, long reused, long reusedSameAffinity, long disposed, int idle) {
    }

    /** Disposes the idle sessions; called when this rule base is replaced. Fresh evaluations still work. */
    public void close() {
        pool.close();
    }

    static int checkFirings(int count) {
        if (count >= MAX_FIRINGS) {
            throw new IllegalStateException("rules fired " + count + " times: probable loop");
        }
        return count;
    }
}

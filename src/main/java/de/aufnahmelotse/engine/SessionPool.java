package de.aufnahmelotse.engine;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.kie.api.KieBase;

/**
 * Idle {@link WarmSession}s, each tagged with the base key it evaluated (the as-of date) and the affinity of the
 * last request it answered (the Land). A request borrows, in this order:
 * <ol>
 *   <li>the most recently used idle session of its key and affinity: it only propagates what differs within the
 *       Land (population, households), which costs about a third of a change of Land (measured in process with the
 *       bodies of bench/in-process.sh, once all given the same Land: rules ~170 µs vs. ~480 µs per request);</li>
 *   <li>a new session, while fewer than {@code maxIdle} sessions exist, so that each Land seen gets its own;</li>
 *   <li>the least recently used idle session of its key, which is then morphed to the request (another Land);</li>
 *   <li>a new session when no idle one has its key.</li>
 * </ol>
 * Which session answers never changes the answer: a reused session holds exactly what a fresh one would
 * ({@code IncrementalEvaluationTest}); affinity only decides how much has to be propagated.
 *
 * <p>Bounded: at most {@code maxIdle} idle sessions over all keys (the least recently used one is disposed; about
 * 1.1 MB of heap each), and a session is retired after {@link #MAX_USES} evaluations. A session whose evaluation
 * failed is disposed, never returned. At most {@code maxConcurrent} evaluations run at once (the others wait their
 * turn): evaluation is CPU-bound, so more would only add sessions without adding throughput.
 */
final class SessionPool {
    static final int MAX_USES = 20_000;

    /** Counts for metrics and tests: sessions built, evaluations by a reused session (and of those, by one of the
     * same affinity), sessions disposed, sessions idle now. */
    record Stats(long created, long reused, long reusedSameAffinity, long disposed, int idle) {
    }

    private record Idle(Object key, Object affinity, WarmSession session) {
    }

    private final KieBase kieBase;
    private final int maxIdle;
    private final Semaphore running;
    /** Most recently returned first. */
    private final ArrayDeque<Idle> idle = new ArrayDeque<>();
    private int busy;
    private final AtomicLong created = new AtomicLong();
    private final AtomicLong reused = new AtomicLong();
    private final AtomicLong sameAffinity = new AtomicLong();
    private final AtomicLong disposed = new AtomicLong();
    private boolean closed;

    SessionPool(KieBase kieBase, int maxConcurrent, int maxIdle) {
        this.kieBase = kieBase;
        this.maxIdle = maxIdle;
        this.running = new Semaphore(maxConcurrent, true);
    }

    Evaluation evaluate(Object key, Object affinity, Supplier<? extends Collection<?>> baseFacts,
                        Collection<?> inputs) {
        running.acquireUninterruptibly();
        try {
            return evaluateHoldingPermit(key, affinity, baseFacts, inputs);
        } finally {
            running.release();
        }
    }

    private Evaluation evaluateHoldingPermit(Object key, Object affinity, Supplier<? extends Collection<?>> baseFacts,
                                             Collection<?> inputs) {
        WarmSession session = borrow(key, affinity);
        if (session == null) {
            try {
                session = new WarmSession(kieBase, baseFacts.get());
            } catch (RuntimeException | Error e) {
                notBusy();
                throw e;
            }
            created.incrementAndGet();
        }
        Evaluation result;
        try {
            result = session.evaluate(inputs);
        } catch (RuntimeException | Error e) {
            notBusy();
            dispose(session);
            throw e;
        }
        giveBack(key, affinity, session);
        return result;
    }

    /** An idle session to reuse, or null when a new one is to be built; counts the caller as busy either way. */
    private WarmSession borrow(Object key, Object affinity) {
        synchronized (idle) {
            busy++;
            for (Iterator<Idle> it = idle.iterator(); it.hasNext(); ) {
                Idle i = it.next();
                if (i.key().equals(key) && Objects.equals(i.affinity(), affinity)) {
                    it.remove();
                    reused.incrementAndGet();
                    sameAffinity.incrementAndGet();
                    return i.session();
                }
            }
            if (idle.size() + busy <= maxIdle) {
                return null;
            }
            for (Iterator<Idle> it = idle.descendingIterator(); it.hasNext(); ) {
                Idle i = it.next();
                if (i.key().equals(key)) {
                    it.remove();
                    reused.incrementAndGet();
                    return i.session();
                }
            }
            return null;
        }
    }

    private void giveBack(Object key, Object affinity, WarmSession session) {
        synchronized (idle) {
            busy--;
            if (!closed && session.uses() < MAX_USES) {
                idle.addFirst(new Idle(key, affinity, session));
                session = null;
                while (idle.size() > maxIdle) {
                    dispose(idle.removeLast().session());
                }
            }
        }
        if (session != null) {
            dispose(session);
        }
    }

    private void notBusy() {
        synchronized (idle) {
            busy--;
        }
    }

    /** Disposes every idle session; sessions in use are disposed when they come back. */
    void close() {
        synchronized (idle) {
            closed = true;
            idle.forEach(i -> dispose(i.session()));
            idle.clear();
        }
    }

    Stats stats() {
        int n;
        synchronized (idle) {
            n = idle.size();
        }
        return new Stats(created.get(), reused.get(), sameAffinity.get(), disposed.get(), n);
    }

    private void dispose(WarmSession session) {
        session.dispose();
        disposed.incrementAndGet();
    }
}

package de.aufnahmelotse.engine;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.kie.api.KieBase;

/**
 * Idle {@link WarmSession}s per base key (the as-of date): a request borrows one whose base facts match its key, or a
 * new one is built from the base facts. Bounded: at most {@code maxIdlePerKey} idle sessions per key and
 * {@code maxKeys} keys (the least recently used key's sessions are disposed), and a session is retired after
 * {@link #MAX_USES} evaluations. A session whose evaluation failed is disposed, never returned. At most
 * {@code maxConcurrent} evaluations run at once (the others wait their turn): evaluation is CPU-bound, so more
 * would only add sessions (memory, and a base evaluation each) without adding throughput.
 */
final class SessionPool {
    static final int MAX_USES = 20_000;

    /** Counts for metrics and tests: sessions built, evaluations served by a reused session, sessions disposed. */
    record Stats(long created, long reused, long disposed, int idle) {
    }

    private final KieBase kieBase;
    private final int maxIdlePerKey;
    private final java.util.concurrent.Semaphore running;
    private final Map<Object, Deque<WarmSession>> idle;
    private final AtomicLong created = new AtomicLong();
    private final AtomicLong reused = new AtomicLong();
    private final AtomicLong disposed = new AtomicLong();
    private boolean closed;

    SessionPool(KieBase kieBase, int maxConcurrent, int maxKeys) {
        this.kieBase = kieBase;
        this.maxIdlePerKey = maxConcurrent;
        this.running = new java.util.concurrent.Semaphore(maxConcurrent, true);
        this.idle = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Deque<WarmSession>> eldest) {
                if (size() <= maxKeys) {
                    return false;
                }
                eldest.getValue().forEach(SessionPool.this::dispose);
                return true;
            }
        };
    }

    Evaluation evaluate(Object key, Supplier<? extends Collection<?>> baseFacts, Collection<?> inputs) {
        running.acquireUninterruptibly();
        try {
            return evaluateHoldingPermit(key, baseFacts, inputs);
        } finally {
            running.release();
        }
    }

    private Evaluation evaluateHoldingPermit(Object key, Supplier<? extends Collection<?>> baseFacts,
                                             Collection<?> inputs) {
        WarmSession session;
        synchronized (idle) {
            Deque<WarmSession> free = idle.get(key);
            session = free == null ? null : free.pollFirst();
        }
        if (session == null) {
            session = new WarmSession(kieBase, baseFacts.get());
            created.incrementAndGet();
        } else {
            reused.incrementAndGet();
        }
        Evaluation result;
        try {
            result = session.evaluate(inputs);
        } catch (RuntimeException | Error e) {
            dispose(session);
            throw e;
        }
        giveBack(key, session);
        return result;
    }

    private void giveBack(Object key, WarmSession session) {
        if (session.uses() < MAX_USES) {
            synchronized (idle) {
                if (!closed) {
                    Deque<WarmSession> free = idle.computeIfAbsent(key, k -> new ArrayDeque<>());
                    if (free.size() < maxIdlePerKey) {
                        free.addFirst(session);
                        return;
                    }
                }
            }
        }
        dispose(session);
    }

    /** Disposes every idle session; sessions in use are disposed when they come back. */
    void close() {
        synchronized (idle) {
            closed = true;
            idle.values().forEach(d -> d.forEach(this::dispose));
            idle.clear();
        }
    }

    Stats stats() {
        int n;
        synchronized (idle) {
            n = idle.values().stream().mapToInt(Deque::size).sum();
        }
        return new Stats(created.get(), reused.get(), disposed.get(), n);
    }

    private void dispose(WarmSession session) {
        session.dispose();
        disposed.incrementAndGet();
    }
}

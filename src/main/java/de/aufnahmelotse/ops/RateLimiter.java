package de.aufnahmelotse.ops;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * A token bucket per client key: {@code perMinute} requests a minute on average, bursts up to {@code perMinute}.
 * {@link #acquire} answers 0 when the request may pass, else the whole seconds after which one will (Retry-After).
 * Idle buckets are dropped when many clients have been seen, so memory stays bounded.
 */
public final class RateLimiter {
    private static final int SWEEP_ABOVE = 10_000;

    private final int perMinute;
    private final double tokensPerNano;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();

    public RateLimiter(int perMinute) {
        this(perMinute, System::nanoTime);
    }

    public RateLimiter(int perMinute, LongSupplier nanoTime) {
        if (perMinute <= 0) {
            throw new IllegalArgumentException("perMinute must be positive: " + perMinute);
        }
        this.perMinute = perMinute;
        this.tokensPerNano = perMinute / 60e9;
        this.nanoTime = nanoTime;
    }

    public int perMinute() {
        return perMinute;
    }

    /** 0 if the client may proceed (one token taken), else seconds until it may retry (at least 1). */
    public long acquire(String client) {
        long now = nanoTime.getAsLong();
        if (calls.incrementAndGet() % 1024 == 0 && buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(b -> b.full(now));
        }
        return buckets.computeIfAbsent(client, k -> new Bucket(perMinute, now)).take(now);
    }

    private final class Bucket {
        private double tokens;
        private long last;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.last = now;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / tokensPerNano / 1e9));
        }

        synchronized boolean full(long now) {
            refill(now);
            return tokens >= perMinute;
        }

        private void refill(long now) {
            tokens = Math.min(perMinute, tokens + (now - last) * tokensPerNano);
            last = now;
        }
    }
}

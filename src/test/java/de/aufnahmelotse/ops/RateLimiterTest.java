package de.aufnahmelotse.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    @Test
    void a_client_gets_its_burst_then_waits_for_the_next_token_while_others_are_unaffected() {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = new RateLimiter(60, now::get); // one token a second
        for (int i = 0; i < 60; i++) {
            assertThat(limiter.acquire("a")).isZero();
        }
        assertThat(limiter.acquire("a")).isEqualTo(1);
        assertThat(limiter.acquire("b")).isZero();
        now.addAndGet(999_000_000L);
        assertThat(limiter.acquire("a")).isEqualTo(1);
        now.addAndGet(1_000_000L);
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isEqualTo(1);
    }

    @Test
    void retry_after_is_the_whole_seconds_until_one_token_is_back() {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = new RateLimiter(2, now::get); // one token every 30 s
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isEqualTo(30);
        now.addAndGet(29_500_000_000L);
        assertThat(limiter.acquire("a")).isEqualTo(1);
    }

    @Test
    void a_limit_of_zero_is_not_a_limiter() {
        assertThatThrownBy(() -> new RateLimiter(0)).isInstanceOf(IllegalArgumentException.class);
    }
}

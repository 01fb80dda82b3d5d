package org.onewindow.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ClientRateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void burst_up_to_capacity_then_refused_with_the_wait_for_one_token() {
        ClientRateLimiter limiter = new ClientRateLimiter(2, 4, 100, now::get);

        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        ClientRateLimiter.Decision refused = limiter.tryAcquire("a");

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void tokens_refill_with_time_but_never_beyond_capacity() {
        ClientRateLimiter limiter = new ClientRateLimiter(2, 4, 100, now::get);
        limiter.tryAcquire("a");
        limiter.tryAcquire("a");

        now.addAndGet(Duration.ofMillis(250).toNanos());
        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();

        now.addAndGet(Duration.ofHours(1).toNanos());
        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
    }

    @Test
    void clients_have_separate_buckets() {
        ClientRateLimiter limiter = new ClientRateLimiter(1, 1, 100, now::get);

        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
        assertThat(limiter.tryAcquire("b").allowed()).isTrue();
    }

    @Test
    void tracked_clients_stay_bounded() {
        ClientRateLimiter limiter = new ClientRateLimiter(5, 1, 50, now::get);

        for (int i = 0; i < 1_000; i++) {
            limiter.tryAcquire("client-" + i);
        }

        assertThat(limiter.trackedClients()).isLessThanOrEqualTo(50);
    }

    @Test
    void idle_clients_are_forgotten_before_active_ones() {
        ClientRateLimiter limiter = new ClientRateLimiter(1, 1, 3, now::get);
        limiter.tryAcquire("idle-0");
        limiter.tryAcquire("idle-1");
        now.addAndGet(Duration.ofSeconds(2).toNanos()); // the idle buckets are full again
        limiter.tryAcquire("busy");

        limiter.tryAcquire("newcomer"); // a fourth client: over the bound

        assertThat(limiter.trackedClients()).isEqualTo(2);
        // "busy" kept its empty bucket rather than getting a fresh one.
        assertThat(limiter.tryAcquire("busy").allowed()).isFalse();
    }

    @Test
    void nonsense_settings_are_refused() {
        assertThatThrownBy(() -> new ClientRateLimiter(0, 1, 1, now::get)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientRateLimiter(1, 0, 1, now::get)).isInstanceOf(IllegalArgumentException.class);
    }
}

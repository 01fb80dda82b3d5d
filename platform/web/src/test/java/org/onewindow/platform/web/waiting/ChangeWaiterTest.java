package org.onewindow.platform.web.waiting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.kernel.NotFound;

/** The waiting loop on a fake store: what it answers, not how fast (no timed assertions). */
class ChangeWaiterTest {

    /** A store of versions by key; a change bumps the version and fires the signal, as the command path does. */
    static final class FakeStore {
        final Map<String, Long> versions = new ConcurrentHashMap<>();
        final AtomicInteger reads = new AtomicInteger();
        final ChangeSignals signals;
        final boolean signalChanges;

        FakeStore(ChangeSignals signals, boolean signalChanges) {
            this.signals = signals;
            this.signalChanges = signalChanges;
        }

        long read(String key) {
            reads.incrementAndGet();
            Long version = versions.get(key);
            if (version == null) {
                throw new NotFound("thing", key);
            }
            return version;
        }

        void change(String key) {
            versions.merge(key, 1L, Long::sum);
            if (signalChanges) {
                signals.changed("thing", key);
            }
        }
    }

    private final ChangeSignals signals = new ChangeSignals();

    private ChangeWaiter waiter(Duration recheck) {
        return new ChangeWaiter(signals, new WaitingProperties(Duration.ofSeconds(30), recheck, 10));
    }

    private CompletableFuture<Void> onceWaiting(String key, Runnable change) {
        return CompletableFuture.runAsync(() -> {
            await().atMost(Duration.ofSeconds(30)).until(() -> signals.waiting("thing", key) > 0);
            change.run();
        });
    }

    @Test
    void a_signalled_change_after_the_wait_began_is_answered() {
        FakeStore store = new FakeStore(signals, true);
        store.versions.put("k1", 1L);
        // a recheck interval longer than the wait: only the signal can end it with the change
        ChangeWaiter waiter = waiter(Duration.ofMinutes(10));
        CompletableFuture<Void> changed = onceWaiting("k1", () -> store.change("k1"));

        long seen = waiter.await(Duration.ofSeconds(30), "thing", "k1", () -> store.read("k1"), v -> v != 1L);

        changed.join();
        assertThat(seen).isEqualTo(2L);
        assertThat(signals.waiting("thing", "k1")).isZero();
    }

    @Test
    void a_change_without_a_signal_is_found_by_reading_again() {
        FakeStore store = new FakeStore(signals, false); // committed on "another instance": no signal here
        ChangeWaiter waiter = waiter(Duration.ofMillis(10));
        CompletableFuture<Void> created = onceWaiting("k2", () -> store.change("k2"));

        long seen = waiter.await(Duration.ofSeconds(30), "thing", "k2", () -> store.read("k2"), v -> true);

        created.join();
        assertThat(seen).isEqualTo(1L);
        assertThat(store.reads.get()).isGreaterThan(1);
    }

    @Test
    void without_a_change_the_last_read_is_answered_and_a_missing_thing_stays_missing() {
        FakeStore store = new FakeStore(signals, true);
        store.versions.put("k3", 7L);
        ChangeWaiter waiter = waiter(Duration.ofMillis(10));

        assertThat(waiter.await(Duration.ofMillis(50), "thing", "k3", () -> store.read("k3"), v -> v != 7L))
                .isEqualTo(7L);
        assertThatThrownBy(() -> waiter.await(Duration.ofMillis(50), "thing", "none", () -> store.read("none"), v -> true))
                .isInstanceOf(NotFound.class);
        assertThat(signals.waiting("thing", "k3")).isZero();
        assertThat(signals.waiting("thing", "none")).isZero();
    }

    @Test
    void a_change_another_instance_reports_by_subject_wakes_the_waits_on_that_subject() {
        FakeStore store = new FakeStore(signals, false); // committed on another instance: its notice names the subject
        store.versions.put("k5", 1L);
        ChangeWaiter waiter = waiter(Duration.ofMinutes(10)); // no re-check within the wait: only the notice can end it
        CompletableFuture<Void> changed = onceWaiting("k5", () -> {
            store.change("k5");
            signals.changedSubject("other");
            signals.changedSubject("k5");
        });

        long seen = waiter.await(Duration.ofSeconds(30), "thing", "k5", () -> store.read("k5"), v -> v != 1L);

        changed.join();
        assertThat(seen).isEqualTo(2L);
        assertThat(store.reads.get()).isEqualTo(2);
    }

    @Test
    void a_signal_on_another_aggregate_does_not_end_the_wait() {
        FakeStore store = new FakeStore(signals, true);
        store.versions.put("k4", 1L);
        store.versions.put("other", 1L);
        ChangeWaiter waiter = waiter(Duration.ofMillis(10));
        CompletableFuture<Void> otherChanged = onceWaiting("k4", () -> store.change("other"));

        long seen = waiter.await(Duration.ofMillis(200), "thing", "k4", () -> store.read("k4"), v -> v != 1L);

        otherChanged.join();
        assertThat(seen).isEqualTo(1L);
    }

    @Test
    void the_wait_preference_is_parsed_as_rfc_7240_says_and_ignored_when_it_cannot_be_honoured() {
        assertThat(WaitPreference.requested(List.of("wait=10"))).contains(Duration.ofSeconds(10));
        assertThat(WaitPreference.requested(List.of("respond-async, Wait=\"5\""))).contains(Duration.ofSeconds(5));
        assertThat(WaitPreference.requested(List.of("return=minimal", "wait=3; foo=bar"))).contains(Duration.ofSeconds(3));
        for (String refused : List.of("wait=soon", "wait=-1", "wait=0", "wait=", "wait", "wait=1.5",
                "wait=9999999999", "wait=1, wait=2", "handling=lenient")) {
            assertThat(WaitPreference.requested(List.of(refused))).as(refused).isEqualTo(Optional.empty());
        }
        assertThat(WaitPreference.requested(List.of())).isEmpty();
    }
}

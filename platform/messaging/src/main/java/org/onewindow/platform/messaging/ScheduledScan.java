package org.onewindow.platform.messaging;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.concurrent.ConcurrentTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.scheduling.support.PeriodicTrigger;

/**
 * The one skeleton of every scheduled job (escalation scans, warnings, effective dates, clean-ups): a named round
 * run on a daemon thread of its own, at a fixed delay after the end of the previous round (or on a cron
 * expression), from start-up until shut-down; nothing is scheduled when the job is disabled, and tests call
 * {@link #run()} directly. Two shapes:
 * <ul>
 *   <li>{@link Spec#each}: a candidate query and a per-item action. Each item runs alone (the action opens its own
 *   transaction, normally a run of the service's command path that loads the item {@code FOR UPDATE} and checks
 *   it is still due), so one item's failure is logged with the item and the others go on; an action may end the
 *   round early with {@link StopRound} when the next items would fail the same way.</li>
 *   <li>{@link Spec#round}: one piece of work per round (a clean-up under an advisory lock).</li>
 * </ul>
 * A failed round is logged and the next one tries again; a per-item round that changed something logs how many.
 * Exactly once per due item across instances is the action's job (every instance runs every scan): see
 * docs/operations.md, "What moves when an instance is killed".
 */
public class ScheduledScan implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ScheduledScan.class);

    private final String name;
    private final boolean enabled;
    private final Duration initialDelay;
    private final Duration delay;
    private final String cron;
    private final ZoneId zone;
    private final IntSupplier work;
    private ScheduledExecutorService executor;

    /** A scan doing the spec's work; a subclass without one ({@code each}/{@code round}) overrides {@link #round()}. */
    public ScheduledScan(Spec spec) {
        if (spec.enabled && spec.cron == null && (spec.delay == null || !spec.delay.isPositive())) {
            throw new IllegalArgumentException(spec.name + ": an enabled scan needs a positive interval or a cron");
        }
        this.name = spec.name;
        this.enabled = spec.enabled;
        this.initialDelay = spec.initialDelay;
        this.delay = spec.delay;
        this.cron = spec.cron;
        this.zone = spec.zone;
        this.work = spec.round;
    }

    /** Starts describing a scan; {@code name} names its thread and its log lines. */
    public static Spec named(String name) {
        return new Spec(name);
    }

    /**
     * One round now, on the caller's thread: how many changes it made. A failure of the candidate query (or of a
     * {@link Spec#round round}) is thrown; the scheduled rounds log it instead.
     */
    public final int run() {
        return round();
    }

    /** The work of one round; a subclass that keeps state of its own (gauges) overrides it. */
    protected int round() {
        if (work == null) {
            throw new IllegalStateException(name + " has no work: give its spec each(...) or round(...)");
        }
        return work.getAsInt();
    }

    /**
     * The per-item loop of {@link Spec#each}, for a caller that has its own list (a catch-up at start-up): each
     * item alone, a failure logged with {@code describe(item)} (mask personal data there), the count logged.
     *
     * @return the sum of what the actions answered
     */
    public static <T> int each(String name, Iterable<? extends T> items, ItemAction<? super T> action,
                               Function<? super T, String> describe) {
        int changed = 0;
        for (T item : items) {
            try {
                changed += action.apply(item);
            } catch (StopRound stop) {
                log.warn("{}: round ended at {}, the rest waits for the next round: {}", name, describe.apply(item),
                        stop.getMessage());
                break;
            } catch (RuntimeException e) {
                log.warn("{}: {} failed; the next round tries it again", name, describe.apply(item), e);
            }
        }
        if (changed > 0) {
            log.info("{}: {} change(s) this round", name, changed);
        }
        return changed;
    }

    /** Runs one scheduled round: a failure is logged and the next round tries again. */
    private void scheduledRound() {
        try {
            run();
        } catch (RuntimeException e) {
            log.warn("{}: round failed; the next round tries again: {}", name, e.toString(), e);
        }
    }

    public String name() {
        return name;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Wait before the first round (fixed-delay scans). */
    public Duration initialDelay() {
        return initialDelay;
    }

    /** Wait between the end of a round and the start of the next; null for a cron scan. */
    public Duration delay() {
        return delay;
    }

    /** The cron expression of a cron scan; null for a fixed-delay scan. */
    public String cron() {
        return cron;
    }

    private Trigger trigger() {
        if (cron != null) {
            return new CronTrigger(cron, zone);
        }
        PeriodicTrigger trigger = new PeriodicTrigger(delay);
        trigger.setInitialDelay(initialDelay);
        return trigger;
    }

    @Override
    public synchronized void start() {
        if (!enabled || executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name(name).factory());
        new ConcurrentTaskScheduler(executor).schedule(this::scheduledRound, trigger());
    }

    /** Interrupts a round under way and runs no more. */
    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    /** One item's work: how many changes it made (0: nothing was due any more, e.g. another instance did it). */
    @FunctionalInterface
    public interface ItemAction<T> {
        int apply(T item);
    }

    /** Thrown by an item's action to end the round: the next items would fail the same way (a store down). */
    public static class StopRound extends RuntimeException {
        public StopRound(String reason) {
            super(reason, null, false, false);
        }
    }

    /** What a scan is: its name, when it runs, and its work. */
    public static final class Spec {
        private final String name;
        private boolean enabled = true;
        private Duration initialDelay;
        private Duration delay;
        private String cron;
        private ZoneId zone;
        private IntSupplier round;

        private Spec(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /** Every {@code interval} after the end of a round; the first round one interval after start-up. */
        public Spec every(Duration interval) {
            return every(interval, interval);
        }

        public Spec every(Duration initialDelay, Duration delay) {
            this.initialDelay = Objects.requireNonNull(initialDelay, "initialDelay");
            this.delay = Objects.requireNonNull(delay, "delay");
            this.cron = null;
            return this;
        }

        /** On a Spring cron expression (six fields) in {@code zone}. */
        public Spec cron(String expression, ZoneId zone) {
            this.cron = Objects.requireNonNull(expression, "cron");
            this.zone = Objects.requireNonNull(zone, "zone");
            this.delay = null;
            this.initialDelay = null;
            return this;
        }

        /** False: nothing is scheduled ({@link ScheduledScan#run()} still works). */
        public Spec enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /** Each candidate alone through {@code action}; items are logged as {@code String.valueOf(item)}. */
        public <T> Spec each(Supplier<? extends Iterable<? extends T>> candidates, ItemAction<? super T> action) {
            return each(candidates, action, String::valueOf);
        }

        /** Each candidate alone through {@code action}; {@code describe} names an item in the log (masked). */
        public <T> Spec each(Supplier<? extends Iterable<? extends T>> candidates, ItemAction<? super T> action,
                             Function<? super T, String> describe) {
            Objects.requireNonNull(candidates, "candidates");
            Objects.requireNonNull(action, "action");
            this.round = () -> ScheduledScan.each(name, candidates.get(), action, describe);
            return this;
        }

        /** One piece of work per round, answering how many changes it made (it logs what it did itself). */
        public Spec round(IntSupplier work) {
            this.round = Objects.requireNonNull(work, "work");
            return this;
        }

        public ScheduledScan build() {
            return new ScheduledScan(this);
        }
    }
}

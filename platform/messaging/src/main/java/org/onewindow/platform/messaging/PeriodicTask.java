package org.onewindow.platform.messaging;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.context.SmartLifecycle;

/**
 * A background lifecycle that runs one task on a daemon thread of its own at a fixed delay between runs, from
 * {@link #schedule} until {@link #stop()}: the base of {@link DeadLetterMonitor} and {@link InboxPruner}, which
 * decide in {@link #start()} whether and when to begin.
 */
abstract class PeriodicTask implements SmartLifecycle {

    private final String threadName;
    private ScheduledExecutorService scheduler;

    PeriodicTask(String threadName) {
        this.threadName = threadName;
    }

    /** One run; called on the task's own thread. */
    abstract void runOnce();

    /** Runs the task after {@code initialDelay}, then {@code delay} after the end of each run; once started, a no-op. */
    final synchronized void schedule(Duration initialDelay, Duration delay) {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name(threadName).factory());
        scheduler.scheduleWithFixedDelay(this::runOnce, initialDelay.toMillis(), delay.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Interrupts a run under way and runs no more. */
    @Override
    public final synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public final synchronized boolean isRunning() {
        return scheduler != null;
    }
}

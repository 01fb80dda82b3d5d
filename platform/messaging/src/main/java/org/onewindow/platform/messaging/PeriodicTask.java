package org.onewindow.platform.messaging;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One task run on a daemon thread of its own at a fixed delay between runs, from {@link #start()} until
 * {@link #stop()}: the schedule behind the background lifecycles ({@link DeadLetterMonitor}, {@link InboxPruner}).
 */
final class PeriodicTask {

    private final String threadName;
    private final Runnable task;
    private ScheduledExecutorService scheduler;

    PeriodicTask(String threadName, Runnable task) {
        this.threadName = threadName;
        this.task = task;
    }

    /** Runs the task after {@code initialDelay}, then {@code delay} after the end of each run; once started, a no-op. */
    synchronized void start(Duration initialDelay, Duration delay) {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name(threadName).factory());
        scheduler.scheduleWithFixedDelay(task, initialDelay.toMillis(), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Interrupts a run under way and runs no more. */
    synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    synchronized boolean isRunning() {
        return scheduler != null;
    }
}

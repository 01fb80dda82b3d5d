package org.onewindow.platform.test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs tasks at the same moment on threads of their own, as several instances of a service would (two scans of one
 * scheduled job over the same database): every thread waits at a barrier until all are ready, then they start
 * together. Answers each task's result in order; a task's failure fails the call.
 *
 * <pre>{@code
 * List<Integer> raised = Concurrently.run(job::scan, otherInstance::scan);
 * assertThat(raised.stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
 * }</pre>
 */
public final class Concurrently {

    private static final long TIMEOUT_SECONDS = 120;

    private Concurrently() {
    }

    /** The same task twice at once. */
    public static <T> List<T> twice(Callable<T> task) {
        return run(List.of(task, task));
    }

    @SafeVarargs
    public static <T> List<T> run(Callable<T>... tasks) {
        return run(List.of(tasks));
    }

    public static <T> List<T> run(List<Callable<T>> tasks) {
        CyclicBarrier start = new CyclicBarrier(tasks.size());
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(threads.submit(() -> {
                    start.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    return task.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
            return results;
        } catch (ExecutionException e) {
            throw new AssertionError("a concurrent task failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the concurrent tasks", e);
        } catch (TimeoutException e) {
            throw new AssertionError("the concurrent tasks did not finish within " + TIMEOUT_SECONDS + " s", e);
        } finally {
            threads.shutdownNow();
        }
    }
}

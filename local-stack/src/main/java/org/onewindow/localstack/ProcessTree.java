package org.onewindow.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Stopping a child process and everything it started: politely first, then for sure. */
final class ProcessTree {

    private ProcessTree() {
    }

    /**
     * Sends SIGTERM (a JVM then runs its shutdown hooks: Spring closes consumers and pools), waits up to
     * {@code grace}, then kills the process and its descendants.
     *
     * @return true when the process ended within the grace period
     */
    static boolean stop(ProcessHandle process, Duration grace) {
        List<ProcessHandle> descendants = process.descendants().toList();
        if (!process.isAlive()) {
            descendants.forEach(ProcessHandle::destroyForcibly);
            return true;
        }
        process.destroy();
        boolean graceful = awaitExit(process, grace);
        if (!graceful) {
            process.destroyForcibly();
            awaitExit(process, Duration.ofSeconds(5));
        }
        descendants.forEach(ProcessHandle::destroyForcibly);
        return graceful;
    }

    static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        }
    }

    /**
     * Children get their own session when {@code setsid} exists (Linux): a Ctrl-C in the terminal then
     * reaches only the launcher, which stops services before Kafka and Kafka before PostgreSQL, instead of
     * every process receiving SIGINT at once.
     */
    static List<String> ownSession(List<String> command) {
        for (String candidate : List.of("/usr/bin/setsid", "/bin/setsid")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return java.util.stream.Stream.concat(java.util.stream.Stream.of(candidate), command.stream()).toList();
            }
        }
        return command;
    }
}

package org.onewindow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Records the launcher's children (pid and start time) in the data directory. A launcher killed with
 * SIGKILL cannot stop them; the next start of the same stack reads this file and stops those that are still
 * running, so survivors never pile up. The start time guards against a reused pid.
 */
final class PidFile {

    private final Path file;
    private final List<String> lines = new ArrayList<>();

    PidFile(Path file) {
        this.file = file;
    }

    synchronized void record(String name, ProcessHandle process) {
        Instant start = process.info().startInstant().orElse(Instant.EPOCH);
        lines.add(name + " " + process.pid() + " " + start.toEpochMilli());
        write();
    }

    synchronized void clear() {
        lines.clear();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops what a previous launcher of this data directory left running; returns their names. */
    static List<String> stopLeftovers(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> stopped = new ArrayList<>();
        try {
            // Recorded in start order (Kafka, PostgreSQL, services): services are stopped first.
            for (String line : Files.readAllLines(file).reversed()) {
                String[] parts = line.trim().split(" ");
                if (parts.length != 3) {
                    continue;
                }
                Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(parts[1]))
                        .filter(p -> p.info().startInstant().map(Instant::toEpochMilli)
                                .map(ms -> ms == Long.parseLong(parts[2])).orElse(false));
                process.ifPresent(p -> {
                    ProcessTree.stop(p, Duration.ofSeconds(20));
                    stopped.add(parts[0]);
                });
            }
            Files.delete(file);
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("Unreadable pid file " + file + "; delete it after checking `ps`", e);
        }
        return stopped;
    }

    private void write() {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}

package org.onewindow.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Memory of the running stack, from /proc (Linux). RSS is what the figure asks for; PSS shares pages
 * fairly, which matters for PostgreSQL, whose backends all map the same shared buffers.
 */
final class Measurement {

    record Sample(String name, int processes, long rssKb, long pssKb) {
    }

    private Measurement() {
    }

    static List<Sample> sample(Map<String, ProcessHandle> processes) {
        List<Sample> samples = new ArrayList<>();
        Map<String, ProcessHandle> all = new LinkedHashMap<>();
        all.put("launcher", ProcessHandle.current());
        all.putAll(processes);
        all.forEach((name, process) -> {
            // The launcher's descendants are the other entries; count only itself.
            List<ProcessHandle> tree = name.equals("launcher")
                    ? List.of(process)
                    : Stream.concat(Stream.of(process), process.descendants()).toList();
            long rss = tree.stream().mapToLong(p -> kilobytes(Path.of("/proc", String.valueOf(p.pid()), "status"), "VmRSS:")).sum();
            long pss = tree.stream().mapToLong(p -> kilobytes(Path.of("/proc", String.valueOf(p.pid()), "smaps_rollup"), "Pss:")).sum();
            samples.add(new Sample(name, tree.size(), rss, pss));
        });
        return samples;
    }

    static String report(RunningStack stack, Duration idleFor) {
        List<Sample> samples = sample(stack.processes());
        StringBuilder text = new StringBuilder();
        text.append("Start-up: ").append(stack.startupTime().toMillis() / 1000.0).append(" s to all ready\n");
        text.append("Memory after ").append(idleFor.toSeconds()).append(" s idle:\n");
        text.append(String.format("  %-12s %5s %10s %10s%n", "process", "procs", "RSS MB", "PSS MB"));
        long rss = 0;
        long pss = 0;
        for (Sample s : samples) {
            text.append(String.format("  %-12s %5d %10.1f %10.1f%n", s.name(), s.processes(), s.rssKb() / 1024.0, s.pssKb() / 1024.0));
            rss += s.rssKb();
            pss += s.pssKb();
        }
        text.append(String.format("  %-12s %5s %10.1f %10.1f%n", "total", "", rss / 1024.0, pss / 1024.0));
        return text.toString();
    }

    /** A "Name:   1234 kB" line of a /proc file; 0 when the process is gone or the file does not exist. */
    static long kilobytes(Path procFile, String key) {
        try (Stream<String> lines = Files.lines(procFile)) {
            return lines.filter(l -> l.startsWith(key))
                    .map(l -> l.substring(key.length()).trim().split("\\s+")[0])
                    .mapToLong(Long::parseLong)
                    .findFirst().orElse(0);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}

package org.onewindow.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * CPU time (utime + stime from {@code /proc/<pid>/stat}, plus the children it reaped: PostgreSQL's ended backends) of
 * one running stack's processes, by process kind: the processes whose command line contains one of the given markers
 * (e.g. the worktree path for the launcher and the data directory for PostgreSQL, which detaches from the launcher)
 * and all their descendants. Other stacks on the same machine stay out; the bench's own CPU is kept apart, so what
 * the rest of the machine did during a run (issue 14's "quiet" is under 0.2 cores) is the machine's minus both.
 * Of each process it also counts the share of its JIT compiler threads (C1 and C2, from {@code /proc/<pid>/task}):
 * a JVM still compiling its hot paths spends a large part of its CPU there, which a run long after warm-up does not;
 * a compiler thread that ends during a run takes its time with it (the JVM stops idle ones), so that share is a floor.
 * Linux only; elsewhere the snapshot is empty.
 */
final class StackCpu {

    /** The names /work/cpu-snap.sh uses, so figures compare: service jars, gateway, Kafka, PostgreSQL. */
    private static final Pattern KIND = Pattern.compile(
            "[a-z]+-service\\.jar|gateway\\.jar|kafka\\.Kafka|local-stack|postgres");
    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ, 100 on every Linux the project runs on

    private StackCpu() {
    }

    /**
     * CPU milliseconds by process kind, of those the JIT compilers' by kind, the bench's own, and the whole machine's
     * (all cores, from /proc/stat).
     */
    record Snapshot(Map<String, Double> millis, Map<String, Double> jitMillis, double selfMillis, double machineMillis) {

        /** What was spent between {@code before} and this snapshot. */
        Snapshot minus(Snapshot before) {
            return new Snapshot(minus(millis, before.millis), minus(jitMillis, before.jitMillis),
                    selfMillis - before.selfMillis, machineMillis - before.machineMillis);
        }

        private static Map<String, Double> minus(Map<String, Double> after, Map<String, Double> before) {
            Map<String, Double> delta = new TreeMap<>();
            after.forEach((kind, ms) -> delta.put(kind, ms - before.getOrDefault(kind, 0.0)));
            return delta;
        }

        /**
         * Prints this difference per unit of work (a request, a lifecycle), by process, with the JVMs' sum apart from
         * PostgreSQL's, and how busy the machine was outside the stack and the bench.
         */
        void print(String unit, long units, double seconds) {
            if (millis.isEmpty() || units == 0) {
                System.out.println(millis.isEmpty() ? "no CPU figures: name the stack's processes with --stack"
                        : "no CPU per " + unit + ": none completed");
                return;
            }
            double stack = millis.values().stream().mapToDouble(Double::doubleValue).sum();
            double postgres = millis.getOrDefault("postgres", 0.0);
            double jit = jitMillis.values().stream().mapToDouble(Double::doubleValue).sum();
            System.out.printf("CPU per %s (ms), by process (of it, the JIT compilers'):%n", unit);
            millis.forEach((kind, ms) -> System.out.printf("  %-24s %8.3f ms/%s  (%7.0f ms in %.0f s)%s%n", kind,
                    ms / units, unit, ms, seconds, jitMillis.containsKey(kind)
                            ? "  JIT %7.3f ms/%s".formatted(jitMillis.get(kind) / units, unit) : ""));
            System.out.printf("  %-24s %8.3f ms/%s  JIT %.3f, the rest %.3f%n", "JVMs of the stack",
                    (stack - postgres) / units, unit, jit / units, (stack - postgres - jit) / units);
            System.out.printf("  %-24s %8.3f ms/%s%n", "stack total", stack / units, unit);
            System.out.printf("  %-24s %8.3f ms/%s%n", "bench (this client)", selfMillis / units, unit);
            System.out.printf("machine: %.2f cores busy; outside the stack and the bench %.2f cores%n",
                    machineMillis / 1000 / seconds, (machineMillis - stack - selfMillis) / 1000 / seconds);
        }
    }

    static Snapshot snapshot(List<String> markers) {
        if (markers.isEmpty()) { // no stack named: no figures, and no walk through /proc
            return new Snapshot(Map.of(), Map.of(), 0, 0);
        }
        Map<Integer, Proc> all = processes();
        Set<Integer> stack = new HashSet<>();
        long self = ProcessHandle.current().pid(); // the bench's own command line names the markers too
        all.values().stream().filter(p -> p.pid != self && markers.stream().anyMatch(p.commandLine::contains))
                .forEach(p -> stack.add(p.pid));
        boolean grew = true;
        while (grew) { // descendants: children of a member are members
            grew = false;
            for (Proc p : all.values()) {
                if (!stack.contains(p.pid) && stack.contains(p.parent)) {
                    stack.add(p.pid);
                    grew = true;
                }
            }
        }
        Map<String, Double> millis = new TreeMap<>();
        Map<String, Double> jitMillis = new TreeMap<>();
        for (int pid : stack) {
            Proc p = all.get(pid);
            Matcher kind = KIND.matcher(p.commandLine);
            String name = kind.find() ? kind.group() : p.command;
            millis.merge(name, p.ticks * 1000 / TICKS_PER_SECOND, Double::sum);
            if (p.command.equals("java")) {
                jitMillis.merge(name, jitMillis(Path.of("/proc", String.valueOf(pid))), Double::sum);
            }
        }
        Proc bench = all.get((int) self);
        return new Snapshot(millis, jitMillis, bench == null ? 0 : bench.ticks * 1000 / TICKS_PER_SECOND,
                machineMillis());
    }

    /**
     * CPU milliseconds of a JVM's JIT compiler threads now alive: HotSpot names them "C1 CompilerThread<n>" and
     * "C2 CompilerThread<n>", which the kernel cuts to 15 characters.
     */
    static double jitMillis(Path procDir) {
        long ticks = 0;
        try (Stream<Path> tasks = Files.list(procDir.resolve("task"))) {
            for (Path task : tasks.toList()) {
                try {
                    Stat stat = Stat.of(Files.readString(task.resolve("stat")));
                    if (stat.name.startsWith("C1 CompilerThre") || stat.name.startsWith("C2 CompilerThre")) {
                        ticks += stat.field(11) + stat.field(12); // utime stime
                    }
                } catch (IOException | RuntimeException gone) {
                    // the thread ended between the listing and the read
                }
            }
        } catch (IOException | RuntimeException gone) {
            return 0; // the process ended
        }
        return ticks * 1000 / TICKS_PER_SECOND;
    }

    private record Proc(int pid, int parent, String command, String commandLine, long ticks) {
    }

    /**
     * A {@code /proc/<pid>/stat} or {@code /proc/<pid>/task/<tid>/stat} line, "pid (comm) state ppid ... utime
     * stime cutime cstime ...": the name may hold spaces and parentheses, so the fields are counted from its end.
     */
    private record Stat(String name, String[] fields) {

        static Stat of(String line) {
            int close = line.lastIndexOf(')');
            return new Stat(line.substring(line.indexOf('(') + 1, close), line.substring(close + 2).split(" "));
        }

        /** The field {@code index} places after the name (0 is the state, 1 the parent, 11 utime). */
        long field(int index) {
            return Long.parseLong(fields[index]);
        }
    }

    private static Map<Integer, Proc> processes() {
        Map<Integer, Proc> all = new HashMap<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            for (Path dir : entries.filter(d -> d.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try {
                    Stat stat = Stat.of(Files.readString(dir.resolve("stat")));
                    // utime stime cutime cstime: a parent's reaped children count (PostgreSQL's ended backends)
                    long ticks = stat.field(11) + stat.field(12) + stat.field(13) + stat.field(14);
                    String commandLine = new String(Files.readAllBytes(dir.resolve("cmdline")), StandardCharsets.UTF_8)
                            .replace('\0', ' ');
                    int pid = Integer.parseInt(dir.getFileName().toString());
                    all.put(pid, new Proc(pid, (int) stat.field(1), stat.name, commandLine, ticks));
                } catch (IOException | RuntimeException gone) {
                    // the process ended between the listing and the read
                }
            }
        } catch (IOException noProc) {
            return Map.of();
        }
        return all;
    }

    private static double machineMillis() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/stat"))) {
                if (line.startsWith("cpu ")) {
                    String[] f = line.trim().split("\\s+");
                    long busy = 0; // user nice system irq softirq steal: idle and iowait are not work
                    for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                        busy += Long.parseLong(f[i]);
                    }
                    return busy * 1000 / TICKS_PER_SECOND;
                }
            }
        } catch (IOException | RuntimeException noProcStat) {
            // not Linux
        }
        return 0;
    }

    static List<String> markers(String commaSeparated) {
        List<String> markers = new ArrayList<>();
        for (String marker : commaSeparated.split(",")) {
            if (!marker.isBlank()) {
                markers.add(marker.trim());
            }
        }
        return markers;
    }
}

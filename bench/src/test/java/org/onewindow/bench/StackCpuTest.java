package org.onewindow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;

/** The CPU figures of bench runs, from this machine's /proc. */
class StackCpuTest {

    @Test
    void a_marked_process_and_its_descendants_are_counted_and_the_bench_is_kept_apart() throws Exception {
        String marker = "stack-cpu-test-" + UUID.randomUUID();
        // a marked shell whose unmarked child burns CPU: the child counts because its parent is marked
        Process marked = new ProcessBuilder("sh", "-c",
                "sh -c 'i=0; while [ $i -lt 400000 ]; do i=$((i+1)); done; sleep 60'; : " + marker).start();
        try {
            StackCpu.Snapshot start = StackCpu.snapshot(List.of(marker));
            StackCpu.Snapshot spent = start;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (spent.millis().getOrDefault("sh", 0.0) < 200 && System.nanoTime() < deadline) {
                LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
                spent = StackCpu.snapshot(List.of(marker)).minus(start);
            }

            assertThat(spent.millis()).as("the marked shell and its child, by command").containsOnlyKeys("sh");
            assertThat(spent.millis().get("sh")).as("ms of CPU the child's loop spent").isGreaterThanOrEqualTo(200);
            assertThat(spent.machineMillis()).as("the machine spent at least what the stack did")
                    .isGreaterThanOrEqualTo(spent.millis().get("sh"));
            assertThat(start.selfMillis()).as("the bench's own CPU, apart from the stack's").isPositive();
            assertThat(StackCpu.snapshot(List.of()).millis()).as("no markers: no stack").isEmpty();
        } finally {
            marked.descendants().forEach(ProcessHandle::destroyForcibly);
            marked.destroyForcibly();
        }
    }

    @Test
    void a_jvms_jit_compiler_threads_are_counted_apart() throws Exception {
        long sum = 0;
        for (int round = 0; round < 200 && StackCpu.jitMillis(Path.of("/proc/self")) == 0; round++) {
            for (int i = 0; i < 200_000; i++) { // hot code the JIT compiles: the test's own JVM is the subject
                sum += Integer.toString(i + round).hashCode();
            }
        }
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        double processMillis = (Long.parseLong(rest[11]) + Long.parseLong(rest[12])) * 10.0;

        double jit = StackCpu.jitMillis(Path.of("/proc/self"));
        assertThat(jit).as("ms of CPU this JVM's compiler threads spent (work summed to %d)", sum).isPositive();
        assertThat(jit).as("a part of the process's CPU").isLessThanOrEqualTo(processMillis);
        assertThat(StackCpu.jitMillis(Path.of("/proc/no-such-process"))).as("an ended process").isZero();
    }

    @Test
    void markers_are_comma_separated_and_blanks_dropped() {
        assertThat(StackCpu.markers(" /work/main, ,/work/main/.local,")).containsExactly("/work/main", "/work/main/.local");
        assertThat(StackCpu.markers("")).isEmpty();
    }
}

package org.onewindow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

/** bench requests: its options, and the CPU snapshot it takes of the stack's processes. */
class RequestsTest {

    @Test
    void the_target_defaults_to_the_gateway_and_the_markers_are_split() {
        RequestsOptions options = RequestsOptions.parse(new String[] {"--gateway=http://localhost:9", "--rate", "50",
                "--stack=/work/main, /work/main/.local"});
        assertThat(options.target()).isEqualTo(URI.create("http://localhost:9"));
        assertThat(options.rate()).isEqualTo(50);
        assertThat(options.user()).isEqualTo("clerk");
        assertThat(options.stack()).containsExactly("/work/main", "/work/main/.local");
        assertThat(RequestsOptions.parse(new String[] {"--target=http://localhost:7"}).target())
                .isEqualTo(URI.create("http://localhost:7"));
        assertThatThrownBy(() -> RequestsOptions.parse(new String[] {"--rate=0"})).hasMessage("--rate must be above 0");
        assertThatThrownBy(() -> RequestsOptions.parse(new String[] {"--cases=1"})).hasMessage("unknown option --cases");
    }

    @Test
    void the_snapshot_counts_the_processes_whose_command_line_has_a_marker() throws Exception {
        String seconds = "3" + System.nanoTime() % 1000; // an argument no other process has: sleep 3xyz
        Process marked = new ProcessBuilder("sleep", seconds).start();
        try {
            assertThat(StackCpu.snapshot(List.of("sleep " + seconds)).millis()).containsOnlyKeys("sleep");
            assertThat(StackCpu.snapshot(List.of("sleep " + seconds + "0")).millis()).isEmpty();
            assertThat(StackCpu.snapshot(List.of()).millis()).isEmpty();
        } finally {
            marked.destroy();
        }
    }
}

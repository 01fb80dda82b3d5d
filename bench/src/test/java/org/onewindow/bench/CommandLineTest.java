package org.onewindow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** bench and chaos read their options the same way. */
class CommandLineTest {

    @Test
    void options_take_an_equals_sign_or_the_next_argument() {
        assertThat(CommandLine.options(new String[] {"--cases=5", "--rate", "2.5"})).containsExactly(
                new CommandLine.Option("--cases", "5"), new CommandLine.Option("--rate", "2.5"));
    }

    @Test
    void help_asks_for_the_usage_only_and_a_missing_value_is_named() {
        assertThatThrownBy(() -> CommandLine.options(new String[] {"--cases=5", "-h"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("");
        assertThatThrownBy(() -> CommandLine.options(new String[] {"--help"})).hasMessage("");
        assertThatThrownBy(() -> CommandLine.options(new String[] {"--rate"})).hasMessage("--rate needs a value");
    }

    @Test
    void bench_options_read_both_forms() {
        BenchOptions options = BenchOptions.parse(new String[] {"--gateway=http://localhost:9", "--cases", "7",
                "--poll-ms=3"});
        assertThat(options.gateway()).isEqualTo(URI.create("http://localhost:9"));
        assertThat(options.cases()).isEqualTo(7);
        assertThat(options.poll()).isEqualTo(Duration.ofMillis(3));
        assertThat(options.concurrency()).isEqualTo(32);
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--cases=0"})).hasMessage("--cases must be at least 1");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--nope=1"})).hasMessage("unknown option --nope");
    }

    @Test
    void chaos_options_read_both_forms() {
        ChaosOptions options = ChaosOptions.parse(new String[] {"--targets", "intake, kafka", "--rounds=2"},
                Path.of("/root"));
        assertThat(options.targets()).isEqualTo(List.of("intake", "kafka"));
        assertThat(options.rounds()).isEqualTo(2);
        assertThat(options.dataDir()).isEqualTo(Path.of("/root/bench/target/chaos-stack"));
        assertThatThrownBy(() -> ChaosOptions.parse(new String[] {"--targets=nope"}, Path.of("/root")))
                .hasMessageStartingWith("unknown target nope");
    }
}

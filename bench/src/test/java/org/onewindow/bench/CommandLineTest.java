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
    void waiting_reads_are_the_default_and_polling_is_a_flag() {
        BenchOptions waiting = BenchOptions.parse(new String[] {"--cases=3"});
        assertThat(waiting.polling()).isFalse();
        assertThat(waiting.waitFor()).isEqualTo(Duration.ofSeconds(30));
        BenchOptions polling = BenchOptions.parse(new String[] {"--polling", "--cases", "3", "--wait-s=5"});
        assertThat(polling.polling()).isTrue();
        assertThat(polling.cases()).isEqualTo(3);
        assertThat(polling.waitFor()).isEqualTo(Duration.ofSeconds(5));
        assertThat(BenchOptions.parse(new String[] {"--cases=3", "--polling"}).polling()).isTrue();
    }

    @Test
    void bench_options_read_both_forms() {
        BenchOptions options = BenchOptions.parse(new String[] {"--gateway=http://localhost:9", "--cases", "7",
                "--poll-ms=3"});
        assertThat(options.gateway()).isEqualTo(URI.create("http://localhost:9"));
        assertThat(options.cases()).isEqualTo(7);
        assertThat(options.poll()).isEqualTo(Duration.ofMillis(3));
        assertThat(options.concurrency()).isEqualTo(32);
        assertThat(options.stack()).as("no CPU figures unless asked").isEmpty();
        assertThat(BenchOptions.parse(new String[] {"--stack=/work/main,/work/main/.local"}).stack())
                .containsExactly("/work/main", "/work/main/.local");
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

    @Test
    void values_take_defaults_the_last_given_value_and_refuse_unknown_names() {
        CommandLine.Values given = CommandLine.values(new String[] {"--rounds=2", "--rounds", "3", "--warmup-s=7"});
        assertThat(given.integer("--rounds", 1)).isEqualTo(3);
        assertThat(given.whole("--warmup-s", 20)).isEqualTo(7);
        assertThat(given.decimal("--rate", 3)).isEqualTo(3.0);
        assertThat(given.text("--data-dir")).isEmpty();
        given.refuseUnknown();

        assertThatThrownBy(() -> ChaosOptions.parse(new String[] {"--rounds=2", "--nope=1"}, Path.of("/root")))
                .hasMessage("unknown option --nope");
        assertThatThrownBy(() -> ChaosOptions.parse(new String[] {"--rate=fast"}, Path.of("/root")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

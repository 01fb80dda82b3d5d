package org.onewindow.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The launcher's arguments (run-local.sh passes its own through, except --no-build). */
record CommandLine(LocalStackOptions options, boolean help, Duration measureAfter) {

    static final String USAGE = """
            Usage: ./run-local.sh [--wipe] [--fast] [--no-build] [--no-demo-data] [--port-offset=N] [--instances=N] [--data-dir=DIR] [--measure[=SECONDS]]
              --wipe            delete the data directory (.local/) first: empty databases, topics, keys, logs
              --fast            PostgreSQL without fsync and synchronous commit: faster, but a crash can lose the
                                last commits or damage the data; for throwaway data (best with --wipe)
              --no-build        do not run the Maven build first
              --no-demo-data    start the services without demo data
              --port-offset=N   add N to every port (gateway 8080+N, ..., PostgreSQL 15432+N)
              --data-dir=DIR    keep state in DIR instead of .local/
              --instances=N     N JVMs of every service (or per service: --instances=review=2,intake=2), instance k
                                on its port + (k-1)*10, all behind the gateway (docs/operations.md "Several instances")
              --readiness-timeout=S  how long each service may take to become ready (default 240)
              --measure[=S]     once ready, wait S seconds (default 30), print each process's memory, stop
              --service-jvm-options="OPTS"  JVM options of each service JVM, separated by spaces, instead of
                                the defaults (%s)""".formatted(String.join(" ", LocalStackOptions.DEFAULT_SERVICE_JVM_OPTIONS));

    static CommandLine parse(String[] args, Path projectRoot) {
        LocalStackOptions options = LocalStackOptions.defaults(projectRoot);
        boolean help = false;
        Duration measureAfter = null;
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            switch (name) {
                case "--wipe" -> options = options.withWipe(true);
                case "--fast" -> options = options.withFast(true);
                case "--instances" -> options = options.withInstances(ServiceInstances.parse(required(name, value)));
                case "--no-demo-data" -> options = options.withDemoData(false);
                case "--port-offset" -> options = options.withPortOffset(integer(name, value));
                case "--data-dir" -> options = options.withDataDir(Path.of(required(name, value)));
                case "--project-root" -> options = withProjectRoot(options, Path.of(required(name, value)));
                case "--readiness-timeout" -> options = options.withReadinessTimeout(Duration.ofSeconds(integer(name, value)));
                case "--service-jvm-options" -> options = options.withServiceJvmOptions(jvmOptions(name, value));
                case "--measure" -> measureAfter = Duration.ofSeconds(value == null ? 30 : integer(name, value));
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("Unknown argument: " + arg);
            }
        }
        return new CommandLine(options, help, measureAfter);
    }

    private static LocalStackOptions withProjectRoot(LocalStackOptions options, Path root) {
        boolean defaultDataDir = options.dataDir().equals(options.projectRoot().resolve(".local"));
        LocalStackOptions moved = new LocalStackOptions(root, options.dataDir(), options.wipe(), options.portOffset(),
                options.demoData(), options.serviceJvmOptions(), options.readinessTimeout(), options.fast(), options.instances());
        return defaultDataDir ? moved.withDataDir(moved.projectRoot().resolve(".local")) : moved;
    }

    /** Space-separated, as a shell user writes them; an option containing a space cannot be passed this way. */
    static List<String> jvmOptions(String name, String value) {
        List<String> options = List.of(required(name, value).trim().split("\\s+"));
        options.stream().filter(o -> !o.startsWith("-")).findFirst().ifPresent(o -> {
            throw new IllegalArgumentException(name + ": '" + o + "' is not a JVM option (they start with '-')");
        });
        return options;
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " needs a value: " + name + "=...");
        }
        return value;
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(required(name, value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'");
        }
    }
}

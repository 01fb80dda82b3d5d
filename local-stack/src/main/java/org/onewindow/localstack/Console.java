package org.onewindow.localstack;

import java.io.IOException;
import java.net.URI;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the launcher tells the person who started it: steps, a live progress line, the URLs, failures. */
final class Console {

    enum State { STARTING, READY, FAILED }

    private final PrintStream out;
    private final boolean interactive;
    private String lastProgress = "";

    Console(PrintStream out, boolean interactive) {
        this.out = out;
        this.interactive = interactive;
    }

    static Console system() {
        return new Console(System.out, System.console() != null);
    }

    static Console silent() {
        return new Console(new PrintStream(java.io.OutputStream.nullOutputStream()), false);
    }

    synchronized void step(Duration elapsed, String message) {
        endProgressLine();
        out.printf("[%3ds] %s%n", elapsed.toSeconds(), message);
    }

    /** One line, rewritten in place on a terminal; printed only when it changes otherwise (CI logs). */
    synchronized void progress(Duration elapsed, Map<String, State> states) {
        StringBuilder line = new StringBuilder();
        states.forEach((name, state) -> line.append(name).append(switch (state) {
            case STARTING -> " …  ";
            case READY -> " ✓  ";
            case FAILED -> " ✗  ";
        }));
        String text = line.toString().stripTrailing();
        if (interactive) {
            out.printf("\r[%3ds] %s", elapsed.toSeconds(), text);
            out.flush();
            lastProgress = text;
        } else if (!text.equals(lastProgress)) {
            out.printf("[%3ds] %s%n", elapsed.toSeconds(), text);
            lastProgress = text;
        }
    }

    synchronized void ready(RunningStack stack, Duration elapsed) {
        endProgressLine();
        URI gateway = stack.gatewayUrl();
        List<String> lines = new ArrayList<>();
        lines.add("OneWindow is running (ready in " + elapsed.toSeconds() + " s)");
        lines.add("");
        lines.add("Gateway      " + gateway);
        lines.add("Swagger UI   " + gateway.resolve("/swagger-ui.html"));
        for (ServiceModule module : ServiceModule.backendServices()) {
            lines.add(String.format("%-12s %s", module.serviceName(),
                    gateway.resolve("/services/" + module.serviceName() + "/actuator/health")));
            if (stack.serviceInstances().several(module)) {
                // each instance directly; the gateway balances over them
                lines.add(String.format("%-12s %s", "", String.join("  ", stack.instances(module.serviceName()).stream()
                        .map(name -> name + " " + stack.serviceUrl(name)).toList())));
            }
        }
        lines.add("Dashboard    " + gateway.resolve("/api/monitor/v1/dashboard/") + "   (电子监察大屏: user monitor, password demo)");
        lines.add("Monitor      " + gateway.resolve("/api/monitor/v1/alerts") + "   (电子监察, role MONITOR: user monitor)");
        lines.add("Token        curl -s -X POST " + gateway.resolve("/auth/token") + " -d username=clerk -d password=demo");
        lines.add("Kafka        " + stack.kafkaBootstrapServers() + "   PostgreSQL " + stack.jdbcUrl("<service>"));
        lines.add("Object store " + stack.objectStoreEndpoint() + "   (S3, bucket " + ObjectStoreServer.BUCKET + ")");
        lines.add("Logs         " + stack.logFile("gateway").getParent());
        lines.add("");
        lines.add("Ctrl-C stops everything.");
        int width = lines.stream().mapToInt(String::length).max().orElse(0);
        String rule = "─".repeat(width + 2);
        out.println("┌" + rule + "┐");
        lines.forEach(l -> out.println("│ " + l + " ".repeat(width - l.length()) + " │"));
        out.println("└" + rule + "┘");
        out.flush();
    }

    synchronized void failure(StartFailure failure, int tailLines) {
        endProgressLine();
        out.println();
        out.println("✗ " + failure.getMessage());
        Path log = failure.logFile();
        if (log != null && Files.exists(log)) {
            out.println("── last " + tailLines + " lines of " + log + " ──");
            tail(log, tailLines).forEach(out::println);
            out.println("── end of " + log.getFileName() + " ──");
        }
        out.flush();
    }

    synchronized void message(String text) {
        endProgressLine();
        out.println(text);
        out.flush();
    }

    static List<String> tail(Path file, int count) {
        try {
            // Lenient decoding: a log cut mid-character must still show its tail.
            List<String> all = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
            return all.subList(Math.max(0, all.size() - count), all.size());
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of("(cannot read " + file + ": " + e.getMessage() + ")");
        }
    }

    private void endProgressLine() {
        if (interactive && !lastProgress.isEmpty()) {
            out.println();
            lastProgress = "";
        }
    }

}

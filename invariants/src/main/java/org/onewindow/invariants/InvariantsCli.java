package org.onewindow.invariants;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;

/**
 * {@code java -jar invariants/target/invariants-exec.jar --bootstrap 127.0.0.1:9092 --gateway http://127.0.0.1:8080}
 * prints the report as JSON and exits 0 when every invariant holds, 1 otherwise. With {@code --serve PORT} it
 * stays up and serves a fresh report at {@code GET /report} (JSON; 200 when consistent, 409 when not) on
 * 127.0.0.1, until stopped. See docs/operations.md.
 */
public final class InvariantsCli {

    static final String USAGE = """
            Usage: java -jar invariants/target/invariants-exec.jar [--bootstrap HOST:PORT] [--gateway URL | --no-api]
                       [--token JWT] [--grace-s S] [--api-concurrency N] [--topic.<stream-id> NAME] [--serve PORT]
              --bootstrap        the broker (default 127.0.0.1:9092, ./run-local.sh)
              --gateway          the gateway, asked as MONITOR (default http://127.0.0.1:8080)
              --no-api           check the events only
              --token            a MONITOR token (default: from the gateway's development issuer, user monitor)
              --grace-s          effects whose cause is younger are not yet missing (default 60)
              --topic.<id>       topic of a stream, e.g. --topic.review-cases review.cases.test
              --serve            serve GET /report on 127.0.0.1:PORT instead of printing once""";

    private InvariantsCli() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("logback.configurationFile", "invariants-logback.xml");
        Invariants invariants;
        Integer serve;
        try {
            Map<String, String> options = parse(args);
            if (options.containsKey("--help")) {
                System.out.println(USAGE);
                return;
            }
            Map<String, String> topics = new HashMap<>();
            options.forEach((name, value) -> {
                if (name.startsWith("--topic.")) {
                    topics.put(name.substring("--topic.".length()), value);
                }
            });
            URI gateway = options.containsKey("--no-api") ? null
                    : URI.create(options.getOrDefault("--gateway", "http://127.0.0.1:8080"));
            invariants = Invariants.of(options.getOrDefault("--bootstrap", "127.0.0.1:9092"), gateway)
                    .withTopics(EventLog.topicNames(topics))
                    .withToken(options.get("--token"))
                    .withGrace(Duration.ofSeconds(Long.parseLong(options.getOrDefault("--grace-s", "60"))))
                    .withApiConcurrency(Integer.parseInt(options.getOrDefault("--api-concurrency", "4")));
            serve = options.containsKey("--serve") ? Integer.valueOf(options.get("--serve")) : null;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (serve != null) {
            serve(invariants, serve);
            return;
        }
        InvariantReport report = invariants.check();
        System.out.println(report.toJson());
        System.err.print(report.summary(50));
        System.exit(report.consistent() ? 0 : 1);
    }

    /** {@code GET /report}: one check per request (they read whole topics: ask every few minutes, not per second). */
    static HttpServer serve(Invariants invariants, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/report", exchange -> {
            try (exchange) {
                if (!"GET".equals(exchange.getRequestMethod())) {
                    exchange.sendResponseHeaders(405, -1);
                    return;
                }
                byte[] body;
                int status;
                try {
                    InvariantReport report = invariants.check();
                    body = report.toJson().getBytes(StandardCharsets.UTF_8);
                    status = report.consistent() ? 200 : 409;
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                } catch (RuntimeException e) {
                    body = ("{\"type\":\"about:blank\",\"title\":\"Check failed\",\"status\":503,\"detail\":\""
                            + String.valueOf(e.getMessage()).replace("\\", "\\\\").replace("\"", "'") + "\"}")
                            .getBytes(StandardCharsets.UTF_8);
                    status = 503;
                    exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
                }
                exchange.sendResponseHeaders(status, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
        System.err.println("invariants: GET http://127.0.0.1:" + port + "/report");
        return server;
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + arg);
            }
            if (arg.equals("--help") || arg.equals("--no-api")) {
                options.put(arg, "");
            } else if (arg.contains("=")) {
                options.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else if (i + 1 < args.length) {
                options.put(arg, args[++i]);
            } else {
                throw new IllegalArgumentException(arg + " needs a value");
            }
        }
        return options;
    }
}

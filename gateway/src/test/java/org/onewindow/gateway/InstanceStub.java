package org.onewindow.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sun.net.httpserver.HttpServer;

/**
 * One instance of a service for the load-balancing tests: answers every request with its name, and UP (200) or
 * OUT_OF_SERVICE (503) on the readiness path.
 */
final class InstanceStub {
    final String name;
    final HttpServer server;
    final AtomicBoolean ready = new AtomicBoolean(true);
    /** Closes the connection on every request but the readiness probe without answering (killed mid-request). */
    final AtomicBoolean dropsRequests = new AtomicBoolean(false);
    /** Every request it answered or dropped, as {@code <method> <path?query> <body>}, in order. */
    final List<String> requests = new CopyOnWriteArrayList<>();

    /** On 127.0.0.1, any free port. */
    InstanceStub(String name) {
        this(name, new InetSocketAddress("127.0.0.1", 0));
    }

    InstanceStub(String name, InetSocketAddress address) {
        this.name = name;
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            boolean probe = exchange.getRequestURI().getPath().equals("/actuator/health/readiness");
            if (!probe) {
                requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                        + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                if (dropsRequests.get()) {
                    exchange.close();
                    return;
                }
            }
            int status = probe && !ready.get() ? 503 : 200;
            byte[] body = (probe ? (ready.get() ? "{\"status\":\"UP\"}" : "{\"status\":\"OUT_OF_SERVICE\"}") : name)
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
    }
}

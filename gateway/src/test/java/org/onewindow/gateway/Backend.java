package org.onewindow.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sun.net.httpserver.HttpServer;

/** A stand-in for every service: answers 200 and remembers what reached it. */
final class Backend {

    /** What the backend saw of one request. */
    record Seen(String method, String pathAndQuery, String authorization, String body) {
    }

    static final String SERVICE_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private static final HttpServer SERVER;
    private static final List<Seen> SEEN = new CopyOnWriteArrayList<>();

    /** Lets the stand-in feed send its second event. */
    static final CountDownLatch FEED_RELEASE = new CountDownLatch(1);
    /** Set when the stand-in feed gave up waiting (the test never saw the first event: it was buffered). */
    static final AtomicBoolean FEED_TIMED_OUT = new AtomicBoolean();

    static {
        try {
            SERVER = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SERVER.createContext("/", exchange -> {
            var uri = exchange.getRequestURI();
            SEEN.add(new Seen(exchange.getRequestMethod(),
                    uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] body = "{\"backend\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            // a service's own policy: the gateway must pass it on, not strip, replace or repeat it
            exchange.getResponseHeaders().add("Content-Security-Policy", SERVICE_POLICY);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        SERVER.createContext("/api/monitor/v1/feed", exchange -> {
            // the live feed's shape: one event, then (once the test has seen it arrive) a second, then the end
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            var out = exchange.getResponseBody();
            out.write("id: 1\nevent: first\ndata: {\"n\":1}\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            try {
                if (!FEED_RELEASE.await(30, TimeUnit.SECONDS)) {
                    FEED_TIMED_OUT.set(true);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.write("id: 2\nevent: second\ndata: {\"n\":2}\n\n".getBytes(StandardCharsets.UTF_8));
            exchange.close();
        });
        SERVER.setExecutor(Executors.newVirtualThreadPerTaskExecutor()); // the feed's handler waits
        SERVER.start();
    }

    private Backend() {
    }

    static String url() {
        return "http://127.0.0.1:" + SERVER.getAddress().getPort();
    }

    static List<Seen> seen(String pathAndQuery) {
        return SEEN.stream().filter(s -> s.pathAndQuery().equals(pathAndQuery)).toList();
    }
}

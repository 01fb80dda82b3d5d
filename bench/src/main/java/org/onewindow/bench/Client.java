package org.onewindow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * HTTP through the gateway as a demo user (token from the development issuer); counts requests and 429s, and sends a
 * request again after a 503 with Retry-After (nothing was done), as an integrator's client would.
 */
final class Client {

    /** @param etag the answer's ETag, null when it had none */
    record Reply(int status, JsonNode json, String text, Long retryAfter, String etag) {
        Reply(int status, JsonNode json, String text) {
            this(status, json, text, null, null);
        }

        String string(String field) {
            JsonNode node = json.path(field);
            return node.isMissingNode() || node.isNull() ? null : node.asString();
        }

        String problemRule() {
            String type = string("type");
            return type == null ? null : type.substring(type.lastIndexOf('/') + 1);
        }
    }

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** The status of a {@link Reply} when no answer came (connection refused or reset, timeout). */
    static final int UNREACHABLE = -1;
    /** A 503 that says when to come back (Retry-After) nothing was done: sent again at most this many times. */
    private static final int BUSY_RETRIES = 3;

    private final URI base;
    private final HttpClient http;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    final LongAdder requests = new LongAdder();
    final LongAdder rateLimited = new LongAdder();
    final LongAdder unreachable = new LongAdder();
    /** 503s with Retry-After (a busy database, no ready instance) that were sent again, as an integrator would. */
    final LongAdder busy = new LongAdder();
    /** Chaos runs: an unreachable gateway is an answer to retry, not an exception. */
    private final boolean tolerateFailures;

    Client(URI base) {
        this(base, false);
    }

    Client(URI base, boolean tolerateFailures) {
        this.base = base;
        this.tolerateFailures = tolerateFailures;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    Reply get(String user, String path) {
        return send(user, "GET", path, null);
    }

    /**
     * A waiting GET (RFC 7240 {@code Prefer: wait=<seconds>}): answered when what it reads changed from
     * {@code ifNoneMatch} (null: when it exists) or after the wait.
     */
    Reply getWaiting(String user, String path, Duration wait, String ifNoneMatch) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put("Prefer", "wait=" + wait.toSeconds());
        if (ifNoneMatch != null) {
            headers.put("If-None-Match", ifNoneMatch);
        }
        return send(user, "GET", path, null, null, headers);
    }

    Reply post(String user, String path, Object body) {
        return send(user, "POST", path, body, null);
    }

    /** A POST with an {@code Idempotency-Key}: sent again with the same key, it has its effect at most once. */
    Reply post(String user, String path, Object body, String idempotencyKey) {
        return send(user, "POST", path, body, idempotencyKey);
    }

    private Reply send(String user, String method, String path, Object body) {
        return send(user, method, path, body, null);
    }

    private Reply send(String user, String method, String path, Object body, String idempotencyKey) {
        return send(user, method, path, body, idempotencyKey, Map.of());
    }

    private Reply send(String user, String method, String path, Object body, String idempotencyKey,
                       Map<String, String> headers) {
        String bearer;
        try {
            bearer = token(user);
        } catch (RuntimeException noTokenYet) {
            if (!tolerateFailures) {
                throw noTokenYet;
            }
            return new Reply(UNREACHABLE, MissingNode.getInstance(), "no token: " + noTokenYet.getMessage());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + bearer)
                .header("Accept", "application/json, application/problem+json");
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        headers.forEach(request::header);
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpRequest built = request.build();
        Reply reply = exchange(built);
        for (int retry = 0; retry < BUSY_RETRIES && reply.status() == 503 && reply.retryAfter != null; retry++) {
            busy.increment();
            LockSupport.parkNanos(Duration.ofSeconds(Math.min(reply.retryAfter, 5)).toNanos());
            reply = exchange(built);
        }
        if (reply.status() == 429) {
            rateLimited.increment();
        }
        return reply;
    }

    String token(String user) {
        return tokens.computeIfAbsent(user, u -> {
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            JSON.writeValueAsString(Map.of("username", u, "password", "demo"))))
                    .build();
            Reply reply = exchange(request);
            String token = reply.string("access_token");
            if (reply.status() != 200 || token == null) {
                throw new IllegalStateException("no token for " + u + ": " + reply.status() + " " + reply.text());
            }
            return token;
        });
    }

    private Reply exchange(HttpRequest request) {
        requests.increment();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Long retryAfter = response.headers().firstValue("Retry-After").filter(v -> v.matches("\\d{1,4}"))
                    .map(Long::valueOf).orElse(null);
            return new Reply(response.statusCode(), parse(response.body()), response.body(), retryAfter,
                    response.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            if (tolerateFailures) {
                // the gateway is down or restarting: the caller sees a transient failure and retries
                unreachable.increment();
                return new Reply(UNREACHABLE, MissingNode.getInstance(), request.method() + " " + request.uri() + ": " + e);
            }
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(text);
        } catch (RuntimeException notJson) {
            return MissingNode.getInstance();
        }
    }
}

package org.onewindow.systemtests.support;

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

/**
 * The only way the system tests talk to the suite: HTTP through the gateway, as a named demo user whose token
 * comes from the development issuer ({@code POST /auth/token}, password {@code demo}), or with no token at all.
 */
public final class Gateway {

    /** Demo users (platform/security demo-users.json) used by the tests. */
    public static final String CLERK = "clerk";
    public static final String APPLICANT = "applicant";
    public static final String APPLICANT_2 = "applicant2";
    public static final String MONITOR = "monitor";
    public static final String SYSTEM = "system";

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public Gateway(URI base) {
        this.base = base;
    }

    public URI base() {
        return base;
    }

    public static String reviewer(String department) {
        return "reviewer." + department.toLowerCase(java.util.Locale.ROOT);
    }

    public static String checker(String department) {
        return "checker." + department.toLowerCase(java.util.Locale.ROOT);
    }

    public static String supervisor(String department) {
        return "supervisor." + department.toLowerCase(java.util.Locale.ROOT);
    }

    public Reply get(String user, String path) {
        return send(user, "GET", path, null);
    }

    public Reply post(String user, String path, Object body) {
        return send(user, "POST", path, body);
    }

    /** No Authorization header: public paths, or to prove a 401. */
    public Reply anonymous(String method, String path, Object body) {
        return send(null, method, path, body);
    }

    public Reply send(String user, String method, String path, Object body) {
        return send(user, method, path, body, Map.of());
    }

    /** With extra request headers (e.g. a W3C {@code traceparent}). */
    public Reply send(String user, String method, String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        headers.forEach(request::header);
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(Json.write(body), StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        String described = method + " " + path + (user == null ? " (no token)" : " as " + user);
        return exchange(request.build(), described);
    }

    /** A token for a demo user, fetched once per user; tokens outlive a test run. */
    public String token(String user) {
        return tokens.computeIfAbsent(user, u -> {
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/auth/token"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("username", u, "password", "demo"))))
                    .build();
            Reply reply = exchange(request, "POST /auth/token for " + u);
            String token = reply.string("access_token");
            if (reply.status() != 200 || token == null) {
                throw new IllegalStateException("gateway: no token for demo user " + u + ": " + reply);
            }
            return token;
        });
    }

    private Reply exchange(HttpRequest request, String described) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(described, response.statusCode(), response.headers(), response.body(),
                    Json.parse(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException("gateway: " + described + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + described, e);
        }
    }
}

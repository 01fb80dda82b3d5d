package org.onewindow.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Set;

import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.security.DevTokenIssuer;
import org.onewindow.platform.security.KeyFiles;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Keys, tokens and an HTTP client shared by the gateway tests. */
final class GatewayTestSupport {

    static final KeyFiles.Pair KEYS;
    static final DevTokenIssuer ISSUER;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static {
        try {
            KEYS = KeyFiles.ensure(Files.createTempDirectory("gateway-test-keys"));
            ISSUER = new DevTokenIssuer(KeyFiles.readPrivateKey(Files.readString(KEYS.privateKey())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private GatewayTestSupport() {
    }

    /** Every service routed to the one {@link Backend}; keys and dev issuer as the launcher passes them. */
    static void register(DynamicPropertyRegistry registry) {
        for (String service : new String[] {"catalog", "intake", "review", "supervision", "rating", "monitor"}) {
            registry.add("onewindow.routes." + service, Backend::url);
        }
        registry.add("onewindow.security.jwt.public-key-location", () -> "file:" + KEYS.publicKey());
        registry.add("onewindow.security.jwt.issuer", () -> "onewindow-dev");
        registry.add("onewindow.dev-issuer.enabled", () -> "true");
        registry.add("onewindow.dev-issuer.private-key-location", () -> "file:" + KEYS.privateKey());
        registry.add("server.address", () -> "127.0.0.1");
    }

    static String token(String userId, String... roles) {
        return ISSUER.issue(new Actor(userId, userId, Set.of(roles), null, null));
    }

    static HttpResponse<String> get(int port, String pathAndQuery, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.GET().build());
    }

    /** A POST of {@code body} as {@code contentType}, with a bearer token unless it is null. */
    static HttpResponse<String> post(int port, String pathAndQuery, String token, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .header("Content-Type", contentType);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

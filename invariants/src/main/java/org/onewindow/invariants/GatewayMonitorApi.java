package org.onewindow.invariants;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.onewindow.contracts.rating.RatingSubmitted;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * {@link MonitorApi} through the gateway with a MONITOR token: either given, or fetched from the development issuer
 * ({@code POST /auth/token}, the demo user {@code monitor}) of a local stack. Transient failures (connection refused,
 * 5xx, 429) are retried for a while: the checker may run right after a restart.
 */
public final class GatewayMonitorApi implements MonitorApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int ATTEMPTS = 20;

    private final URI gateway;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String monitorUser;
    private volatile @Nullable String token;

    /**
     * @param token a MONITOR bearer token, or null to ask the development issuer for one as {@code monitorUser}
     */
    public GatewayMonitorApi(URI gateway, @Nullable String token, String monitorUser) {
        this.gateway = gateway;
        this.token = token;
        this.monitorUser = monitorUser;
    }

    @Override
    public Optional<SupervisionReconciliation> reconciliation() {
        Answer answer = get("/api/supervision/v1/reconciliation");
        if (answer.status() != 200) {
            return Optional.empty();
        }
        JsonNode json = answer.json();
        List<String> missing = new ArrayList<>();
        json.path("approvalsWithoutRecord").forEach(n -> missing.add(n.asString()));
        List<String> overdue = new ArrayList<>();
        json.path("overdueNotEscalated").forEach(n -> overdue.add(n.path("caseNumber").asString()));
        return Optional.of(new SupervisionReconciliation(LocalDate.parse(json.path("today").asString()),
                json.path("approvalsSeen").asLong(), json.path("rejectionsSeen").asLong(), json.path("records").asLong(),
                missing, overdue));
    }

    @Override
    public Set<RatingSubmitted.Stage> ratingStagesOpen(String caseNumber) {
        JsonNode rating = caseDocument("rating", "/api/rating/v1/cases/" + caseNumber);
        if (rating == null) {
            return Set.of();
        }
        Set<RatingSubmitted.Stage> open = EnumSet.noneOf(RatingSubmitted.Stage.class);
        for (JsonNode stage : rating.path("stages")) {
            if (!stage.path("openedAt").isNull() && !stage.path("openedAt").isMissingNode()) {
                open.add(RatingSubmitted.Stage.valueOf(stage.path("stage").asString()));
            }
        }
        return open;
    }

    @Override
    public @Nullable String reviewLicenceStatus(String caseNumber) {
        JsonNode review = caseDocument("review", "/api/review/v1/cases/" + caseNumber);
        return review == null ? null : text(review.path("decision").path("licence").path("status"));
    }

    @Override
    public @Nullable IntakeDecision intakeDecision(String caseNumber) {
        JsonNode application = caseDocument("intake", "/api/intake/v1/applications/" + caseNumber);
        if (application == null) {
            return null;
        }
        JsonNode decision = application.path("decision");
        String outcome = text(decision.path("outcome"));
        return outcome == null ? null
                : new IntakeDecision(outcome, text(decision.path("licenceNumber")), text(decision.path("licenceStatus")));
    }

    /** A service's document of one case; null when the service does not know the case (404), else it must be 200. */
    private @Nullable JsonNode caseDocument(String service, String path) {
        Answer answer = get(path);
        if (answer.status() == 404) {
            return null;
        }
        answer.require(service);
        return answer.json();
    }

    private static @Nullable String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asString();
    }

    private record Answer(String path, int status, JsonNode json, String body) {
        void require(String service) {
            if (status != 200) {
                throw new IllegalStateException(service + ": GET " + path + " answered " + status + " " + body);
            }
        }
    }

    private Answer get(String path) {
        IllegalStateException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(gateway.resolve(path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Accept", "application/json, application/problem+json")
                        .header("Authorization", "Bearer " + token()).GET().build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = response.statusCode();
                if (status == 401 && attempt < ATTEMPTS) {
                    token = null; // a restarted issuer may hold a new key only in theory; fetch again anyway
                } else if (status < 500 && status != 429) {
                    return new Answer(path, status, parse(response.body()), response.body());
                }
                last = new IllegalStateException("GET " + path + " answered " + status + " " + response.body());
            } catch (IOException e) {
                last = new IllegalStateException("GET " + path + " failed: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted: GET " + path, e);
            }
            pause(attempt);
        }
        throw last;
    }

    private String token() throws IOException, InterruptedException {
        String current = token;
        if (current != null) {
            return current;
        }
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(gateway.resolve("/auth/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("username", monitorUser, "password", "demo")))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String fetched = response.statusCode() == 200 ? text(parse(response.body()).path("access_token")) : null;
        if (fetched == null) {
            throw new IOException("no MONITOR token from " + gateway + "/auth/token: " + response.statusCode());
        }
        token = fetched;
        return fetched;
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? MissingNode.getInstance() : JSON.readTree(body);
        } catch (RuntimeException notJson) {
            return MissingNode.getInstance();
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(5000, 250L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

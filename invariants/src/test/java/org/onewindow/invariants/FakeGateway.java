package org.onewindow.invariants;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.onewindow.contracts.rating.RatingSubmitted.Stage;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.json.JsonMapper;

/**
 * The few monitor endpoints the checker reads, served over HTTP from maps a test fills: a gateway whose services
 * show (or fail to show) what the events say. Answers only with a MONITOR bearer token from its {@code /auth/token}.
 */
final class FakeGateway implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TOKEN = "monitor-token";

    final Map<String, Set<Stage>> ratingStages = new ConcurrentHashMap<>();
    final Map<String, Map<String, Object>> intakeDecisions = new ConcurrentHashMap<>();
    final Map<String, String> reviewLicenceStatus = new ConcurrentHashMap<>();
    final List<String> approvalsWithoutRecord = new ArrayList<>();
    private final HttpServer server;

    FakeGateway() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** What the services show for a case that went the whole way without fault. */
    void showsComplete(CaseEvents c, String outcome, String licence) {
        ratingStages.put(c.caseNumber, Set.of(Stage.ACCEPTANCE, Stage.COMPLETION));
        intakeDecisions.put(c.caseNumber, decision(outcome, licence, licence == null ? null : "VALID"));
        if (licence != null) {
            reviewLicenceStatus.put(c.caseNumber, "VALID");
        }
    }

    /** What the services show for an accepted case not yet delivered: only the acceptance can be rated. */
    void showsAccepted(CaseEvents c) {
        ratingStages.put(c.caseNumber, Set.of(Stage.ACCEPTANCE));
    }

    /** What the services show for an approved case not yet delivered: intake holds the valid licence. */
    void showsApproved(CaseEvents c) {
        showsAccepted(c);
        intakeDecisions.put(c.caseNumber, decision("APPROVED", c.licence, "VALID"));
    }

    static Map<String, Object> decision(String outcome, String licence, String status) {
        Map<String, Object> decision = new java.util.HashMap<>();
        decision.put("outcome", outcome);
        decision.put("licenceNumber", licence);
        decision.put("licenceStatus", status);
        return decision;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/auth/token")) {
                send(exchange, 200, Map.of("access_token", TOKEN));
                return;
            }
            if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, 401, Map.of("status", 401));
                return;
            }
            String last = path.substring(path.lastIndexOf('/') + 1);
            if (path.equals("/api/supervision/v1/reconciliation")) {
                send(exchange, 200, Map.of("today", LocalDate.now().toString(), "approvalsSeen", 0, "rejectionsSeen", 0,
                        "records", 0, "approvalsWithoutRecord", approvalsWithoutRecord, "overdueNotEscalated", List.of()));
            } else if (path.startsWith("/api/rating/v1/cases/") && ratingStages.containsKey(last)) {
                List<Map<String, Object>> stages = ratingStages.get(last).stream()
                        .map(s -> Map.<String, Object>of("stage", s.name(), "openedAt", "2026-01-05T10:00:00+08:00")).toList();
                send(exchange, 200, Map.of("caseNumber", last, "stages", stages));
            } else if (path.startsWith("/api/intake/v1/applications/")) {
                Map<String, Object> body = new java.util.HashMap<>();
                body.put("caseNumber", last);
                body.put("decision", intakeDecisions.get(last));
                send(exchange, 200, body);
            } else if (path.startsWith("/api/review/v1/cases/") && reviewLicenceStatus.containsKey(last)) {
                send(exchange, 200, Map.of("caseNumber", last, "decision",
                        Map.of("licence", Map.of("status", reviewLicenceStatus.get(last)))));
            } else {
                send(exchange, 404, Map.of("status", 404));
            }
        }
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

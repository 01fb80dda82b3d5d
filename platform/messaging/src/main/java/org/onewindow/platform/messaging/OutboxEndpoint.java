package org.onewindow.platform.messaging;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;

/**
 * {@code /actuator/outbox}: GET the outbox as ops see it (rows pending, parked rows with the rows held behind each,
 * the latest resolutions, the relay's state); GET {@code /{id}} one parked row; POST {@code /{id}/replay} un-parks
 * a row after its cause was fixed, POST {@code /{id}/discard} with body {@code {"reason": "..."}} gives it up
 * (the reason is required); both POSTs need {@code Content-Type: application/json} (a body of {@code {}} for a
 * replay without reason). Both are recorded with the authenticated principal's name ("ops" without one).
 * Answers 404 for an unknown row (and GET for a row not parked), 409 for resolving a row that is not parked, 400
 * for an unknown action or a missing or unusable reason.
 */
@Endpoint(id = "outbox")
public class OutboxEndpoint {

    static final int LIST_LIMIT = 100;
    static final int MAX_REASON_LENGTH = 1000;
    static final String DEFAULT_ACTOR = "ops";

    private final OutboxOperations operations;
    private final @Nullable OutboxRelay relay;

    public OutboxEndpoint(OutboxOperations operations, @Nullable OutboxRelay relay) {
        this.operations = operations;
        this.relay = relay;
    }

    /** This instance's relay: disabled, standing by (another instance holds the lock), or failing since when. */
    public record RelayStatus(boolean enabled, boolean leader, @Nullable OffsetDateTime failingSince,
                              int failedRounds, @Nullable String firstFailure, @Nullable String lastFailure) {
    }

    public record Report(long pending, long parked, long held, List<OutboxOperations.ParkedRow> parkedRows,
                         List<OutboxOperations.Resolution> resolutions, RelayStatus relay) {
    }

    @ReadOperation
    public Report report() {
        return new Report(operations.pendingCount(), operations.parkedCount(), operations.heldCount(),
                operations.parked(LIST_LIMIT), operations.resolutions(LIST_LIMIT), relayStatus());
    }

    @ReadOperation
    public WebEndpointResponse<Object> row(@Selector long id) {
        Optional<OutboxOperations.ParkedRow> parked = operations.parked(id);
        if (parked.isPresent()) {
            return new WebEndpointResponse<>(parked.get());
        }
        return notParked(id, WebEndpointResponse.STATUS_NOT_FOUND);
    }

    @WriteOperation
    public WebEndpointResponse<Object> resolve(@Selector long id, @Selector String action, @Nullable String reason,
                                               SecurityContext security) {
        OutboxOperations.Action parsed = switch (action.toLowerCase(Locale.ROOT)) {
            case "replay" -> OutboxOperations.Action.REPLAY;
            case "discard" -> OutboxOperations.Action.DISCARD;
            default -> throw new InvalidEndpointRequestException("Unknown action " + action + ": replay or discard",
                    "unknown action");
        };
        String checked = checkReason(parsed, reason);
        return operations.resolve(id, parsed, checked, actor(security))
                .<WebEndpointResponse<Object>>map(WebEndpointResponse::new)
                .orElseGet(() -> notParked(id, 409));
    }

    private static @Nullable String checkReason(OutboxOperations.Action action, @Nullable String reason) {
        String trimmed = reason == null ? null : reason.strip();
        if (trimmed == null || trimmed.isEmpty()) {
            if (action == OutboxOperations.Action.DISCARD) {
                throw new InvalidEndpointRequestException("A discard needs a reason: {\"reason\": \"...\"}",
                        "reason required");
            }
            return null;
        }
        if (trimmed.length() > MAX_REASON_LENGTH) {
            throw new InvalidEndpointRequestException("The reason is longer than " + MAX_REASON_LENGTH + " characters",
                    "reason too long");
        }
        if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')
                || !validSurrogates(trimmed)) {
            throw new InvalidEndpointRequestException("The reason contains control characters or lone surrogates",
                    "reason invalid");
        }
        return trimmed;
    }

    private static boolean validSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static String actor(@Nullable SecurityContext security) {
        if (security == null || security.getPrincipal() == null) {
            return DEFAULT_ACTOR;
        }
        String name = security.getPrincipal().getName();
        return name == null || name.isBlank() ? DEFAULT_ACTOR : name;
    }

    /** 404 for an unknown row; {@code status} (with its state) for a row that exists but is not parked. */
    private WebEndpointResponse<Object> notParked(long id, int status) {
        Optional<String> state = operations.state(id);
        if (state.isEmpty()) {
            return new WebEndpointResponse<>(Map.of("id", id, "message", "No outbox row " + id),
                    WebEndpointResponse.STATUS_NOT_FOUND);
        }
        return new WebEndpointResponse<>(Map.of("id", id, "state", state.get(),
                "message", "Outbox row " + id + " is " + state.get() + ", not parked"), status);
    }

    private RelayStatus relayStatus() {
        if (relay == null) {
            return new RelayStatus(false, false, null, 0, null, null);
        }
        RelayOutage.State outage = relay.outage();
        return outage == null
                ? new RelayStatus(true, relay.isLeader(), null, 0, null, null)
                : new RelayStatus(true, relay.isLeader(), outage.since().atOffset(ZoneOffset.UTC), outage.rounds(),
                        outage.firstReason(), outage.lastReason());
    }
}

package org.onewindow.platform.messaging;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code /actuator/deadletters}: GET lists, per group, the unresolved dead letters with their keys (from the
 * {@code dead_letter} table; these block their cases) and the records of the DLT not yet replayed (masked);
 * GET {@code /{group}} one group; POST {@code /{group}} replays that group's DLT to the original topics (after a
 * fix) and marks the dead letters resolved; POST {@code /{group}/{id}} with {@code {"reason": "..."}} discards one
 * dead letter (it stops blocking its case and is never replayed). Who resolved is the caller's principal, else
 * {@code ops}.
 */
@Endpoint(id = "deadletters")
public class DeadLettersEndpoint {

    private final DeadLetters deadLetters;
    private final DeadLetterLog log;
    private final DeadLetterMonitor monitor;
    private final int limit;

    public DeadLettersEndpoint(DeadLetters deadLetters, DeadLetterLog log, DeadLetterMonitor monitor, int limit) {
        this.deadLetters = deadLetters;
        this.log = log;
        this.monitor = monitor;
        this.limit = limit;
    }

    /**
     * @param depth      DLT records not yet replayed
     * @param unresolved dead letters neither replayed nor discarded (each blocks its key)
     */
    public record GroupDeadLetters(String group, long depth, long unresolved, List<DeadLetterLog.Unresolved> blocking,
                                   List<DeadLetter> records) {
    }

    public record ReplayResult(String group, int replayed, String by) {
    }

    public record DiscardResult(String group, long id, String resolution, String by, String reason) {
    }

    @ReadOperation
    public Map<String, GroupDeadLetters> all() {
        Map<String, GroupDeadLetters> result = new LinkedHashMap<>();
        for (String group : deadLetters.groups()) {
            result.put(group, group(group));
        }
        return result;
    }

    @ReadOperation
    public GroupDeadLetters group(@Selector String group) {
        requireKnown(group);
        List<DeadLetterLog.Unresolved> blocking = log.unresolved(group, limit);
        long unresolved = blocking.size() < limit ? blocking.size() : log.unresolvedCounts().getOrDefault(group, 0L);
        return new GroupDeadLetters(group, deadLetters.depth(group), unresolved, blocking,
                deadLetters.pending(group, limit));
    }

    @WriteOperation
    public ReplayResult replay(@Selector String group, SecurityContext security) {
        requireKnown(group);
        String by = who(security);
        int replayed = deadLetters.replay(group, by);
        monitor.refresh();
        return new ReplayResult(group, replayed, by);
    }

    @WriteOperation
    public DiscardResult discard(@Selector String group, @Selector long id, String reason, SecurityContext security) {
        requireKnown(group);
        if (reason == null || reason.isBlank()) {
            throw new InvalidEndpointRequestException("reason is required to discard a dead letter",
                    "reason is required");
        }
        String by = who(security);
        if (!log.discard(group, id, by, reason)) {
            throw new InvalidEndpointRequestException("group " + group + " has no unresolved dead letter " + id,
                    "no unresolved dead letter " + id);
        }
        monitor.refresh();
        return new DiscardResult(group, id, DeadLetterLog.Resolution.DISCARDED.name(), by, reason.strip());
    }

    private void requireKnown(String group) {
        if (!deadLetters.groups().contains(group)) {
            throw new InvalidEndpointRequestException("unknown consumer group " + group, "unknown consumer group");
        }
    }

    private static String who(SecurityContext security) {
        Principal principal = security == null ? null : security.getPrincipal();
        return principal == null || principal.getName() == null || principal.getName().isBlank()
                ? "ops" : principal.getName();
    }
}

package org.onewindow.platform.messaging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code /actuator/deadletters}: GET lists the not-yet-replayed dead letters of every group (masked);
 * GET {@code /{group}} one group; POST {@code /{group}} replays that group's DLT to the original topics.
 */
@Endpoint(id = "deadletters")
public class DeadLettersEndpoint {

    private final DeadLetters deadLetters;
    private final DeadLetterMonitor monitor;
    private final int limit;

    public DeadLettersEndpoint(DeadLetters deadLetters, DeadLetterMonitor monitor, int limit) {
        this.deadLetters = deadLetters;
        this.monitor = monitor;
        this.limit = limit;
    }

    public record GroupDeadLetters(String group, long depth, List<DeadLetter> records) {
    }

    public record ReplayResult(String group, int replayed) {
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
        return new GroupDeadLetters(group, deadLetters.depth(group), deadLetters.pending(group, limit));
    }

    @WriteOperation
    public ReplayResult replay(@Selector String group) {
        int replayed = deadLetters.replay(group);
        monitor.refresh();
        return new ReplayResult(group, replayed);
    }
}

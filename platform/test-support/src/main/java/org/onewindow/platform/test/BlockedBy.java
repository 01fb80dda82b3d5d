package org.onewindow.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.EventTypes;
import org.springframework.test.web.servlet.ResultMatcher;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a case (or record) shows in {@code blockedBy} while a record of it that could not be read waits in the
 * dead-letter table: that one record, its event id and type, why ("does not bind") and since when.
 */
public final class BlockedBy {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BlockedBy() {
    }

    /** The case JSON is blocked by exactly the unreadable record {@code eventId} of {@code type}. */
    public static void assertOneUnreadable(JsonNode caseJson, String eventId, Class<? extends DomainEvent> type) {
        JsonNode blockedBy = caseJson.get("blockedBy");
        assertThat(blockedBy.size()).as("blockedBy: %s", blockedBy).isEqualTo(1);
        JsonNode blocked = blockedBy.get(0);
        assertThat(blocked.get("eventId").asString()).isEqualTo(eventId);
        assertThat(blocked.get("type").asString()).isEqualTo(EventTypes.ceType(type));
        assertThat(blocked.get("reason").asString()).contains("does not bind");
        assertThat(blocked.get("since").asString()).isNotBlank();
    }

    /** {@link #assertOneUnreadable} on the JSON body of a MockMvc answer. */
    public static ResultMatcher oneUnreadable(String eventId, Class<? extends DomainEvent> type) {
        return result -> assertOneUnreadable(
                JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8)), eventId, type);
    }
}

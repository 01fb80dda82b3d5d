package org.onewindow.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /actuator/outbox} over HTTP: what ops see, and how a parked row is replayed or discarded. */
class OutboxEndpointTest extends ParkingIntegrationTest {

    @Autowired
    MockMvc mvc;

    private long parkedRow(String caseNumber) {
        long id = insertNoted(notesTopic(), caseNumber, 1, "x".repeat(TOO_LARGE));
        await().atMost(WAIT).until(() -> "parked".equals(state(id)));
        return id;
    }

    @Test
    void lists_parked_rows_with_their_held_rows_and_discards_one_with_a_reason() throws Exception {
        String caseNumber = newCase("EP");
        long parked = parkedRow(caseNumber);
        long held = insertNoted(notesTopic(), caseNumber, 2, "ok");

        mvc.perform(get("/actuator/outbox"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parked").value(1))
                .andExpect(jsonPath("$.held").value(1))
                .andExpect(jsonPath("$.relay.enabled").value(true))
                .andExpect(jsonPath("$.relay.leader").value(true))
                .andExpect(jsonPath("$.parkedRows[0].id").value(parked))
                .andExpect(jsonPath("$.parkedRows[0].key").value(caseNumber))
                .andExpect(jsonPath("$.parkedRows[0].type").value("org.onewindow.test.CaseNoted.v1"))
                .andExpect(jsonPath("$.parkedRows[0].topic").value(notesTopic()))
                .andExpect(jsonPath("$.parkedRows[0].eventId").isNotEmpty())
                .andExpect(jsonPath("$.parkedRows[0].parkedAt").isNotEmpty())
                .andExpect(jsonPath("$.parkedRows[0].reason", containsString("above the limit")))
                .andExpect(jsonPath("$.parkedRows[0].heldCount").value(1))
                .andExpect(jsonPath("$.parkedRows[0].held[0].id").value(held));
        mvc.perform(get("/actuator/outbox/{id}", parked))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(org.hamcrest.Matchers.greaterThan(TOO_LARGE)));

        mvc.perform(post("/actuator/outbox/{id}/discard", parked).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"test data, never meant to be sent\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.action").value("DISCARD"))
                .andExpect(jsonPath("$.outboxId").value(parked))
                .andExpect(jsonPath("$.reason").value("test data, never meant to be sent"))
                .andExpect(jsonPath("$.resolvedBy").value("ops"));

        await().atMost(WAIT).until(() -> effects.count(caseNumber) == 1);
        assertThat(effects.sequences(caseNumber)).containsExactly(2);
        mvc.perform(post("/actuator/outbox/{id}/discard", parked).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"again\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.state").value("discarded"));
        mvc.perform(get("/actuator/outbox"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parked").value(0))
                .andExpect(jsonPath("$.resolutions[*].outboxId", hasItem((int) parked)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{}", "{\"reason\": \"   \"}", "{\"reason\": \"a\\u0000b\"}"})
    void a_discard_without_a_usable_reason_is_refused(String body) throws Exception {
        long parked = parkedRow(newCase("NOREASON"));

        mvc.perform(post("/actuator/outbox/{id}/discard", parked).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest());

        assertThat(state(parked)).isEqualTo("parked");
    }

    @Test
    void replay_needs_no_reason_and_a_row_still_too_large_is_parked_again() throws Exception {
        long parked = parkedRow(newCase("AGAIN"));

        mvc.perform(post("/actuator/outbox/{id}/replay", parked).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.action").value("REPLAY"));

        // nothing was fixed: the relay parks it again
        await().atMost(WAIT).until(() -> "parked".equals(state(parked))
                && operations.resolutions(10).stream().anyMatch(r -> r.outboxId() == parked));
        assertThat(operations.parked(parked)).isPresent();
    }

    @Test
    void unknown_rows_actions_and_rows_that_are_not_parked_are_answered_as_such() throws Exception {
        String caseNumber = newCase("PUBLISHED");
        cases.note(caseNumber, 1, "ok");
        long published = jdbc.sql("select id from outbox where key = ?").param(caseNumber).query(Long.class).single();
        await().atMost(WAIT).until(() -> "published".equals(state(published)));

        mvc.perform(post("/actuator/outbox/{id}/replay", 987_654_321L).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/actuator/outbox/{id}", 987_654_321L)).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/outbox/{id}", published))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.state").value("published"));
        mvc.perform(post("/actuator/outbox/{id}/replay", published).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.state").value("published"));
        mvc.perform(post("/actuator/outbox/{id}/explode", published).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/actuator/outbox/{id}/replay", "not-a-number").contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isBadRequest());
    }
}

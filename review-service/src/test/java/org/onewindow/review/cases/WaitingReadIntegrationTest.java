package org.onewindow.review.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.platform.test.KafkaTestSupport;
import org.onewindow.platform.web.waiting.ChangeSignals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/**
 * {@code GET /api/review/v1/cases/{caseNumber}} with {@code Prefer: wait=N} (docs/architecture.md "Waiting for a
 * change"): the change is made by another thread once the request waits (it has registered for the case's signal),
 * so the answer can only be right if the waiting read saw a change committed after it started.
 */
class WaitingReadIntegrationTest extends ReviewIntegrationSupport {

    @Autowired
    ChangeSignals signals;

    /** Runs {@code change} on another thread as soon as a request waits on the case. */
    private CompletableFuture<Void> onceWaiting(String caseNumber, ThrowingRunnable change) {
        return CompletableFuture.runAsync(() -> {
            await().atMost(WAIT).until(() -> signals.waiting("case", caseNumber) > 0);
            try {
                change.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void a_case_that_does_not_exist_yet_is_answered_once_it_is_opened() throws Exception {
        String caseNumber = newCaseNumber();
        CompletableFuture<Void> opened = onceWaiting(caseNumber, () -> KafkaTestSupport.publish(
                topics.topicOf(ApplicationAccepted.class), accepted(caseNumber, "MARKET")));

        mvc.perform(get("/api/review/v1/cases/" + caseNumber).header("Authorization", monitor())
                        .header("Prefer", "wait=30"))
                .andExpect(status().isOk())
                .andExpect(header().string("Preference-Applied", "wait=30"));
        opened.join();
    }

    @Test
    void a_waiting_read_with_the_current_etag_answers_the_changed_case() throws Exception {
        String caseNumber = openCase("MARKET");
        String etag = mvc.perform(get("/api/review/v1/cases/" + caseNumber).header("Authorization", monitor()))
                .andReturn().getResponse().getHeader("ETag");
        String taskId = taskOf(caseNumber, "MARKET");
        CompletableFuture<Void> reviewed = onceWaiting(caseNumber, () ->
                opinion(taskId, reviewer("r-wait", "MARKET"), "REVIEW", "APPROVE", null));

        MvcResult changed = mvc.perform(get("/api/review/v1/cases/" + caseNumber).header("Authorization", monitor())
                        .header("Prefer", "wait=30").header("If-None-Match", etag))
                .andExpect(status().isOk()).andReturn();
        reviewed.join();
        assertThat(changed.getResponse().getHeader("ETag")).isNotEqualTo(etag);
        assertThat(changed.getResponse().getHeader("Preference-Applied")).isEqualTo("wait=30");
        assertThat(JSON.readTree(changed.getResponse().getContentAsString()).path("caseNumber").asString())
                .isEqualTo(caseNumber);
    }

    @Test
    void without_a_change_the_wait_ends_with_304_for_the_current_etag() throws Exception {
        String caseNumber = openCase("MARKET");
        String etag = mvc.perform(get("/api/review/v1/cases/" + caseNumber).header("Authorization", monitor()))
                .andReturn().getResponse().getHeader("ETag");

        mvc.perform(get("/api/review/v1/cases/" + caseNumber).header("Authorization", monitor())
                        .header("Prefer", "wait=1").header("If-None-Match", etag))
                .andExpect(status().isNotModified())
                .andExpect(header().string("ETag", etag))
                .andExpect(header().string("Preference-Applied", "wait=1"));
    }

    @Test
    void without_the_case_the_wait_ends_with_404_and_a_preference_it_cannot_honour_is_ignored() throws Exception {
        String caseNumber = newCaseNumber();
        mvc.perform(get("/api/review/v1/cases/" + caseNumber).header("Authorization", monitor())
                        .header("Prefer", "wait=1"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Preference-Applied", "wait=1"));
        for (String invalid : new String[] {"wait=soon", "wait=-1", "wait=0", "wait", "wait=1, wait=2"}) {
            mvc.perform(get("/api/review/v1/cases/" + caseNumber).header("Authorization", monitor())
                            .header("Prefer", invalid))
                    .andExpect(status().isNotFound())
                    .andExpect(header().doesNotExist("Preference-Applied"));
        }
    }

    @Test
    void a_wait_over_the_maximum_is_capped() throws Exception {
        String caseNumber = openCase("MARKET");
        mvc.perform(get("/api/review/v1/cases/" + caseNumber).header("Authorization", monitor())
                        .header("Prefer", "respond-async, wait=3600"))
                .andExpect(status().isOk())
                .andExpect(header().string("Preference-Applied", "wait=30"));
    }
}

package org.onewindow.supervision.records;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.web.waiting.ChangeSignals;
import org.onewindow.supervision.support.SupervisionIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code GET /api/supervision/v1/records?caseNumber=} with {@code Prefer: wait=N}: an empty page waits for the case's
 * record (docs/architecture.md "Waiting for a change"). The decision is sent by another thread once the request
 * waits, so only a read after the record's commit can answer it.
 */
class WaitingRecordListTest extends SupervisionIntegrationTest {

    private static final String RECORDS = "/api/supervision/v1/records";

    @Autowired
    ChangeSignals signals;

    @Test
    void the_list_of_a_case_answers_once_its_record_is_pushed() throws Exception {
        String caseNumber = newCaseNumber("WAIT");
        CompletableFuture<Void> decided = CompletableFuture.runAsync(() -> {
            await().atMost(WAIT).until(() -> signals.waiting("supervision record", caseNumber) > 0);
            sendDecision(approval(caseNumber, List.of("rev-1", "chk-1")));
        });

        mvc.perform(get(RECORDS).param("caseNumber", caseNumber).header("Authorization", monitor())
                        .header("Prefer", "wait=30"))
                .andExpect(status().isOk())
                .andExpect(header().string("Preference-Applied", "wait=30"))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].caseNumber").value(caseNumber));
        decided.join();
    }

    @Test
    void without_a_record_the_wait_ends_with_an_empty_page_and_an_invalid_preference_means_no_wait() throws Exception {
        String caseNumber = newCaseNumber("NONE");
        mvc.perform(get(RECORDS).param("caseNumber", caseNumber).header("Authorization", monitor())
                        .header("Prefer", "wait=1"))
                .andExpect(status().isOk())
                .andExpect(header().string("Preference-Applied", "wait=1"))
                .andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get(RECORDS).param("caseNumber", caseNumber).header("Authorization", monitor())
                        .header("Prefer", "wait=later"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Preference-Applied"))
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void a_list_not_filtered_to_one_case_never_waits() throws Exception {
        mvc.perform(get(RECORDS).param("status", "PUSHED").header("Authorization", monitor())
                        .header("Prefer", "wait=30"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Preference-Applied"));
    }
}

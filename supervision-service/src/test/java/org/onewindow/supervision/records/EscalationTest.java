package org.onewindow.supervision.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.onewindow.platform.test.KafkaTestSupport.awaitEvents;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.EventSchemas;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.supervision.SupervisionRecordEscalated;
import org.onewindow.supervision.records.application.SupervisionRecords;
import org.onewindow.supervision.support.SupervisionIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

class EscalationTest extends SupervisionIntegrationTest {

    @Autowired
    SupervisionRecords records;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void an_unclaimed_record_past_its_deadline_escalates_once_and_reconciliation_tracks_it() throws Exception {
        String caseNumber = newCaseNumber("LATE");
        String id = pushedRecord(caseNumber, List.of());
        records.escalateOverdue();
        assertThat(status(id)).as("not yet due").isEqualTo("PUSHED");

        // two working days can span a week-long holiday: three weeks is past any claim deadline
        clock.advance(Duration.ofDays(21));
        mvc.perform(get("/api/supervision/v1/reconciliation").header("Authorization", monitor()))
                .andExpect(jsonPath("$.overdueNotEscalated[*].caseNumber", hasItem(caseNumber)));

        assertThat(records.escalateOverdue()).isGreaterThanOrEqualTo(1);
        records.escalateOverdue();

        assertThat(status(id)).isEqualTo("ESCALATED");
        assertThat(jdbc.sql("select count(*) from outbox where key = ? and ce_type = ?").param(caseNumber)
                .param(EventTypes.ceType(SupervisionRecordEscalated.class)).query(Long.class).single())
                .as("escalated once").isEqualTo(1);
        assertThat(awaitEvents(recordsTopic(), caseNumber, SupervisionRecordEscalated.class, 1, WAIT)).singleElement()
                .satisfies(r -> assertThat(EventSchemas.validate(SupervisionRecordEscalated.class, r.value())).isEmpty());
        mvc.perform(get("/api/supervision/v1/reconciliation").header("Authorization", monitor()))
                .andExpect(jsonPath("$.overdueNotEscalated[*].caseNumber", not(hasItem(caseNumber))));
    }

    @Test
    void a_claimed_record_is_never_escalated() throws Exception {
        String caseNumber = newCaseNumber("ONTIME");
        String id = pushedRecord(caseNumber, List.of());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/supervision/v1/records/" + id + "/claim").header("Authorization", supervisor("sup-1")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());

        clock.advance(Duration.ofDays(21));
        records.escalateOverdue();

        assertThat(status(id)).isEqualTo("CLAIMED");
    }

    @Test
    void the_reconciliation_finds_no_approval_without_its_record() throws Exception {
        pushedRecord(newCaseNumber("RECON"), List.of());
        String rejected = newCaseNumber("RECON-REJ");
        sendDecision(rejection(rejected));
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> decisionsSeen(rejected) == 1);

        mvc.perform(get("/api/supervision/v1/reconciliation").header("Authorization", monitor()))
                .andExpect(jsonPath("$.approvalsWithoutRecord").isEmpty())
                .andExpect(jsonPath("$.rejectionsSeen").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
    }

    private String status(String id) {
        return jdbc.sql("select status from supervision_records where id = ?::uuid").param(id)
                .query(String.class).single();
    }
}

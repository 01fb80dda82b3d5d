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
import org.onewindow.platform.test.Concurrently;
import org.onewindow.supervision.records.adapters.scheduling.EscalationScan;
import org.onewindow.supervision.records.application.SupervisionRecords;
import org.onewindow.supervision.support.SupervisionIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

class EscalationTest extends SupervisionIntegrationTest {

    @Autowired
    SupervisionRecords records;
    @Autowired
    EscalationScan scan;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void an_unclaimed_record_past_its_deadline_escalates_once_and_reconciliation_tracks_it() throws Exception {
        String caseNumber = newCaseNumber("LATE");
        String id = pushedRecord(caseNumber, List.of());
        scan.run();
        assertThat(status(id)).as("not yet due").isEqualTo("PUSHED");

        // two working days can span a week-long holiday: three weeks is past any claim deadline
        clock.advance(Duration.ofDays(21));
        mvc.perform(get("/api/supervision/v1/reconciliation").header("Authorization", monitor()))
                .andExpect(jsonPath("$.overdueNotEscalated[*].caseNumber", hasItem(caseNumber)));

        assertThat(scan.run()).isGreaterThanOrEqualTo(1);
        scan.run();

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
    void two_instances_scanning_at_the_same_moment_escalate_each_overdue_record_once() throws Exception {
        List<String> cases = List.of(newCaseNumber("TWICE"), newCaseNumber("TWICE"), newCaseNumber("TWICE"));
        List<String> ids = new java.util.ArrayList<>();
        for (String caseNumber : cases) {
            ids.add(pushedRecord(caseNumber, List.of()));
        }
        clock.advance(Duration.ofDays(21));
        EscalationScan otherInstance = new EscalationScan(records, false, Duration.ofMinutes(1)); // its own bean, same database

        List<Integer> escalated = Concurrently.run(scan::run, otherInstance::run);

        assertThat(escalated.get(0) + escalated.get(1)).as("records of other tests may be due too").isGreaterThanOrEqualTo(3);
        for (int i = 0; i < cases.size(); i++) {
            assertThat(status(ids.get(i))).isEqualTo("ESCALATED");
            assertThat(jdbc.sql("select count(*) from outbox where key = ? and ce_type = ?").param(cases.get(i))
                    .param(EventTypes.ceType(SupervisionRecordEscalated.class)).query(Long.class).single())
                    .as("one event for %s", cases.get(i)).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from audit_trail where subject = ? and action = 'ESCALATED'")
                    .param(cases.get(i)).query(Long.class).single()).as("one audit entry").isEqualTo(1);
        }
        scan.run(); // a later round finds nothing of these left
        otherInstance.run();
        assertThat(jdbc.sql("select count(*) from audit_trail where subject in (?, ?, ?) and action = 'ESCALATED'")
                .params(cases.get(0), cases.get(1), cases.get(2)).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void a_claimed_record_is_never_escalated() throws Exception {
        String caseNumber = newCaseNumber("ONTIME");
        String id = pushedRecord(caseNumber, List.of());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/supervision/v1/records/" + id + "/claim").header("Authorization", supervisor("sup-1")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());

        clock.advance(Duration.ofDays(21));
        scan.run();

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

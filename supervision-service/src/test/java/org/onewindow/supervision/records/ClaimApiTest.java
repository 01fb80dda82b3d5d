package org.onewindow.supervision.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.onewindow.platform.test.KafkaTestSupport.awaitEvents;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.contracts.EventSchemas;
import org.onewindow.contracts.supervision.LicenceActionTaken;
import org.onewindow.contracts.supervision.SupervisionRecordClaimed;
import org.onewindow.supervision.support.SupervisionIntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

class ClaimApiTest extends SupervisionIntegrationTest {

    private static final String RECORDS = "/api/supervision/v1/records/";

    @Test
    void a_supervisor_of_the_department_claims_the_record_and_the_claim_is_announced_and_audited() throws Exception {
        String caseNumber = newCaseNumber("CLAIM");
        String id = pushedRecord(caseNumber, List.of("rev-1", "chk-1"));

        mvc.perform(post(RECORDS + id + "/claim").header("Authorization", supervisor("sup-1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLAIMED"))
                .andExpect(jsonPath("$.claimedBy").value("sup-1"));

        assertThat(awaitEvents(recordsTopic(), caseNumber, SupervisionRecordClaimed.class, 1, WAIT)).singleElement()
                .satisfies(r -> assertThat(EventSchemas.validate(SupervisionRecordClaimed.class, r.value())).isEmpty());
        mvc.perform(get(RECORDS + id + "/audit").header("Authorization", monitor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].action").value("PUSHED"))
                .andExpect(jsonPath("$.items[1].action").value("CLAIMED"))
                .andExpect(jsonPath("$.items[1].actorId").value("sup-1"))
                .andExpect(jsonPath("$.items[1].actorRole").value("SUPERVISOR"));
    }

    @Test
    void whoever_reviewed_or_checked_the_case_is_refused_with_a_problem() throws Exception {
        String id = pushedRecord(newCaseNumber("SOD"), List.of("rev-1", "chk-9"));

        mvc.perform(post(RECORDS + id + "/claim").header("Authorization", supervisor("chk-9")))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.type", endsWith("supervision.separation-of-duties")))
                .andExpect(jsonPath("$.errors[*].rule", hasItem("supervision.separation-of-duties")));
        mvc.perform(get(RECORDS + id).header("Authorization", monitor()))
                .andExpect(jsonPath("$.status").value("PUSHED"));
    }

    @Test
    void a_supervisor_of_another_department_is_refused() throws Exception {
        String id = pushedRecord(newCaseNumber("DEPT"), List.of());

        mvc.perform(post(RECORDS + id + "/claim").header("Authorization", bearer("sup-h", "SUPERVISOR", "HEALTH")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type", endsWith("supervision.wrong-department")));
    }

    @Test
    void a_second_claim_is_a_conflict_naming_the_state() throws Exception {
        String id = pushedRecord(newCaseNumber("AGAIN"), List.of());
        mvc.perform(post(RECORDS + id + "/claim").header("Authorization", supervisor("sup-1")))
                .andExpect(status().isOk());

        mvc.perform(post(RECORDS + id + "/claim").header("Authorization", supervisor("sup-2")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("is CLAIMED")));
    }

    @Test
    void a_token_without_the_supervisor_role_cannot_claim_and_no_token_is_unauthorised() throws Exception {
        String id = pushedRecord(newCaseNumber("ROLE"), List.of());

        mvc.perform(post(RECORDS + id + "/claim").header("Authorization", bearer("ins-1", "INSPECTOR", DEPARTMENT)))
                .andExpect(status().isForbidden());
        mvc.perform(post(RECORDS + id + "/claim")).andExpect(status().isUnauthorized());
    }

    @Test
    void an_unknown_record_is_a_404_problem() throws Exception {
        mvc.perform(post(RECORDS + "7d0c1a5e-0000-4000-8000-000000000000/claim")
                        .header("Authorization", supervisor("sup-1")))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
    }

    @Test
    void a_suspension_on_a_claimed_record_is_created_and_flows_back_as_an_event() throws Exception {
        String caseNumber = newCaseNumber("SUSPEND");
        String id = claimedRecord(caseNumber);

        postAction(id, "{\"action\":\"SUSPEND\",\"reason\":\"超范围经营\"}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString(RECORDS + id + "/actions/")))
                .andExpect(jsonPath("$.action").value("SUSPEND"));

        mvc.perform(get(RECORDS + id).header("Authorization", monitor()))
                .andExpect(jsonPath("$.licenceStatus").value("SUSPENDED"));
        assertThat(awaitEvents(recordsTopic(), caseNumber, LicenceActionTaken.class, 1, WAIT)).singleElement().satisfies(r -> {
            assertThat(EventSchemas.validate(LicenceActionTaken.class, r.value())).isEmpty();
            assertThat(r.value()).contains("\"action\":\"SUSPEND\"");
        });
    }

    @Test
    void an_action_without_reason_is_a_problem_naming_the_field() throws Exception {
        String id = pushedRecord(newCaseNumber("NOREASON"), List.of());

        postAction(id, "{\"action\":\"REVOKE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("reason")));
    }

    @Test
    void an_action_on_an_unclaimed_record_is_a_conflict() throws Exception {
        String id = pushedRecord(newCaseNumber("UNCLAIMED"), List.of());

        postAction(id, "{\"action\":\"RECTIFY\",\"reason\":\"台账不全\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("is PUSHED")));
    }

    @Test
    void the_list_filters_by_department_and_status_and_refuses_an_unknown_status() throws Exception {
        String caseNumber = newCaseNumber("LIST");
        pushedRecord(caseNumber, List.of());

        mvc.perform(get("/api/supervision/v1/records").param("department", DEPARTMENT).param("status", "PUSHED")
                        .param("size", "200").header("Authorization", supervisor("sup-1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].caseNumber", hasItem(caseNumber)))
                .andExpect(jsonPath("$.items[*].supervisingDepartment", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is(DEPARTMENT))));
        mvc.perform(get("/api/supervision/v1/records").param("status", "LOST").header("Authorization", monitor()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("status")));
    }

    @Test
    void an_inspector_records_an_inspection_and_an_unknown_result_is_a_problem_naming_the_field() throws Exception {
        String id = claimedRecord(newCaseNumber("INSPECT"));
        String inspector = bearer("ins-1", "INSPECTOR", DEPARTMENT);

        mvc.perform(post(RECORDS + id + "/inspections").header("Authorization", inspector)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"result\":\"COMPLIANT\",\"notes\":\"现场检查无异常\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString(RECORDS + id + "/inspections/")))
                .andExpect(jsonPath("$.inspectedBy").value("ins-1"));
        mvc.perform(post(RECORDS + id + "/inspections").header("Authorization", inspector)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"result\":\"FINE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("result")));
        mvc.perform(get(RECORDS + id + "/inspections").header("Authorization", monitor()))
                .andExpect(jsonPath("$[0].result").value("COMPLIANT"));
    }

    /** A licence action on the record by supervisor {@code sup-1}, the body as given. */
    private ResultActions postAction(String id, String body) throws Exception {
        return mvc.perform(post(RECORDS + id + "/actions").header("Authorization", supervisor("sup-1"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}

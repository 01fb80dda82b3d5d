package org.onewindow.supervision.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.supervision.support.SupervisionIntegrationTest;
import org.springframework.http.MediaType;

/**
 * Issue 8: claim, licence actions and inspections check {@code If-Match} against the record's version when the
 * client sends it (they never required it and still do not); a record's GET and the claim's answer carry that
 * version as the ETag, taken from the same read as the body.
 */
class RecordIfMatchTest extends SupervisionIntegrationTest {

    private static final String RECORDS = "/api/supervision/v1/records/";

    private String etag(String id) throws Exception {
        return mvc.perform(get(RECORDS + id).header("Authorization", monitor()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getHeader("ETag");
    }

    private long auditLines(String caseNumber) {
        return jdbc.sql("select count(*) from audit_trail where subject = ?").param(caseNumber).query(Long.class).single();
    }

    @Test
    void a_pushed_record_answers_its_first_version_as_the_etag() throws Exception {
        String id = pushedRecord(newCaseNumber("ETAG"), List.of());

        assertThat(etag(id)).isEqualTo("\"v1\"");
    }

    @Test
    void a_claim_with_a_stale_etag_is_refused_with_412_and_changes_nothing() throws Exception {
        String caseNumber = newCaseNumber("STALE");
        String id = pushedRecord(caseNumber, List.of());
        long before = auditLines(caseNumber);

        mvc.perform(post(RECORDS + id + "/claim").header("Authorization", supervisor("sup-1"))
                        .header("If-Match", "\"v7\""))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));

        mvc.perform(get(RECORDS + id).header("Authorization", monitor()))
                .andExpect(jsonPath("$.status").value("PUSHED"));
        assertThat(etag(id)).isEqualTo("\"v1\"");
        assertThat(auditLines(caseNumber)).isEqualTo(before);
    }

    @Test
    void a_claim_with_the_current_etag_succeeds_and_answers_the_next_etag() throws Exception {
        String id = pushedRecord(newCaseNumber("CURRENT"), List.of());

        mvc.perform(post(RECORDS + id + "/claim").header("Authorization", supervisor("sup-1"))
                        .header("If-Match", etag(id)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"v2\""))
                .andExpect(jsonPath("$.status").value("CLAIMED"));
        assertThat(etag(id)).isEqualTo("\"v2\"");
    }

    @Test
    void an_action_with_the_etag_read_before_the_claim_is_refused_and_with_the_claims_etag_is_taken() throws Exception {
        String id = pushedRecord(newCaseNumber("ACTION"), List.of());
        String beforeClaim = etag(id);
        String afterClaim = mvc.perform(post(RECORDS + id + "/claim").header("Authorization", supervisor("sup-1")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getHeader("ETag");
        String body = "{\"action\":\"RECTIFY\",\"reason\":\"台账不全\"}";

        mvc.perform(post(RECORDS + id + "/actions").header("Authorization", supervisor("sup-1"))
                        .header("If-Match", beforeClaim).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(get(RECORDS + id + "/actions").header("Authorization", monitor()))
                .andExpect(jsonPath("$.length()").value(0));

        mvc.perform(post(RECORDS + id + "/actions").header("Authorization", supervisor("sup-1"))
                        .header("If-Match", afterClaim).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
        mvc.perform(get(RECORDS + id).header("Authorization", monitor()))
                .andExpect(jsonPath("$.licenceStatus").value("RECTIFICATION_ORDERED"));
        assertThat(etag(id)).isEqualTo("\"v3\"");
    }

    @Test
    void an_inspection_with_a_stale_etag_is_refused_and_without_one_is_recorded() throws Exception {
        String id = claimedRecord(newCaseNumber("INSPECT"));
        String inspector = bearer("ins-1", "INSPECTOR", DEPARTMENT);
        String body = "{\"result\":\"COMPLIANT\",\"notes\":\"现场检查无异常\"}";

        mvc.perform(post(RECORDS + id + "/inspections").header("Authorization", inspector).header("If-Match", "\"v1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(post(RECORDS + id + "/inspections").header("Authorization", inspector)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());

        mvc.perform(get(RECORDS + id + "/inspections").header("Authorization", monitor()))
                .andExpect(jsonPath("$.length()").value(1));
    }
}

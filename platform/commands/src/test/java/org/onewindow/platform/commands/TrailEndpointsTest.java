package org.onewindow.platform.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 查询留痕 and the verification endpoint through the web layer of a service (the test application, API prefix
 * /api/commands-test/v1): staff reads recorded with who, which fields and why; applicants' own reads not; the log
 * readable by MONITOR only; the chain verification for MONITOR naming a tampered entry.
 */
@OneWindowTest
@AutoConfigureMockMvc
class TrailEndpointsTest {

    static final String REVIEWER = TestTokens.bearer("rev-1", Set.of("REVIEWER"), "HEALTH", "C001");
    static final String APPLICANT = TestTokens.bearer("app-1", Set.of("APPLICANT"), null, null);
    static final String MONITOR = TestTokens.bearer("mon-1", Set.of("MONITOR"), null, null);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CommandPath<String, Parcel, Parcel.Changed> parcels;

    private long readsOf(String id) {
        return jdbc.sql("select count(*) from personal_data_read where subject = ?").param(id).query(Long.class).single();
    }

    @Test
    void a_staff_read_is_recorded_with_reader_fields_and_purpose_and_monitor_reads_it() throws Exception {
        String id = "P-" + UUID.randomUUID();

        mvc.perform(get("/api/commands-test/v1/parcels/{id}/owner", id).header("Authorization", REVIEWER)
                .header(PersonalDataReads.PURPOSE_HEADER, "task T-9 call back 13987654321")).andExpect(status().isOk());

        mvc.perform(get("/api/commands-test/v1/personal-data-reads").param("case", id).header("Authorization", MONITOR))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].readerId").value("rev-1"))
                .andExpect(jsonPath("$[0].readerRoles", contains("REVIEWER")))
                .andExpect(jsonPath("$[0].readerDepartment").value("HEALTH"))
                .andExpect(jsonPath("$[0].caseNumber").value(id))
                .andExpect(jsonPath("$[0].resource").value("parcel"))
                .andExpect(jsonPath("$[0].fields", contains("owner.name", "owner.phone")))
                .andExpect(jsonPath("$[0].purpose").value("parcel.owner"))
                .andExpect(jsonPath("$[0].request").value("GET /api/commands-test/v1/parcels/" + id + "/owner"))
                .andExpect(jsonPath("$[0].statedPurpose").value(org.hamcrest.Matchers.startsWith("task T-9 call back")))
                .andExpect(jsonPath("$[0].statedPurpose").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("13987654321"))));
    }

    @Test
    void a_list_read_records_each_case_shown() throws Exception {
        long before = readsOf("P-LIST-1");

        mvc.perform(get("/api/commands-test/v1/parcels").header("Authorization", REVIEWER)).andExpect(status().isOk());

        assertThat(readsOf("P-LIST-1")).isEqualTo(before + 1);
        assertThat(readsOf("P-LIST-2")).isEqualTo(before + 1);
    }

    @Test
    void an_applicant_reading_their_own_case_is_not_a_staff_read() throws Exception {
        String id = "P-" + UUID.randomUUID();

        mvc.perform(get("/api/commands-test/v1/parcels/{id}/owner", id).header("Authorization", APPLICANT))
                .andExpect(status().isOk());

        assertThat(readsOf(id)).isZero();
    }

    @Test
    void the_read_log_is_for_monitor_only_never_for_the_readers() throws Exception {
        mvc.perform(get("/api/commands-test/v1/personal-data-reads").param("case", "P-1").header("Authorization", REVIEWER))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/commands-test/v1/personal-data-reads").param("case", "P-1").header("Authorization", APPLICANT))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/commands-test/v1/personal-data-reads").param("case", "P-1"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/commands-test/v1/personal-data-reads").header("Authorization", MONITOR))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")));
    }

    @Test
    void monitor_verifies_the_chain_and_is_told_the_first_broken_link() throws Exception {
        AuditActor bob = new AuditActor("bob", "Bob", "CLERK", null, "bob");
        String id = "P-" + UUID.randomUUID();
        parcels.create(Command.of("register", bob), () -> Parcel.register(id, bob));
        parcels.change(id, Command.of("weigh", bob), p -> p.weigh(10, bob));

        mvc.perform(get("/api/commands-test/v1/audit-trail/verification").param("subject", id).header("Authorization", MONITOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.entriesChecked").value(2));

        jdbc.sql("update audit_trail set detail = '1000 g' where subject = ? and seq = 2").param(id).update();

        mvc.perform(get("/api/commands-test/v1/audit-trail/verification").param("subject", id).header("Authorization", MONITOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.breaks[0].seq").value(2))
                .andExpect(jsonPath("$.breaks[0].kind").value("ALTERED"));
        mvc.perform(get("/api/commands-test/v1/audit-trail/verification").header("Authorization", REVIEWER))
                .andExpect(status().isForbidden());
    }
}

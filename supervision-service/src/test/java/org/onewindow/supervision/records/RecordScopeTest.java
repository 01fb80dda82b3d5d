package org.onewindow.supervision.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.test.TestTokens;
import org.onewindow.supervision.support.SupervisionIntegrationTest;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Supervision records are read within the caller's scope (docs/security.md, "Scopes"): supervisors and inspectors
 * only their department's, a SYSTEM client those of the departments its token names, a monitor every record with the
 * holder's name masked. A record outside answers 404 as one that does not exist; a list holds only records inside.
 */
class RecordScopeTest extends SupervisionIntegrationTest {

    private static final String RECORDS = "/api/supervision/v1/records/";

    @Test
    void supervisors_and_inspectors_of_another_department_neither_read_nor_list_the_record() throws Exception {
        String caseNumber = newCaseNumber("SCOPE");
        String id = pushedRecord(caseNumber, List.of("rev-1"));

        call(RECORDS + id, supervisor("sup-1")).andExpect(status().isOk())
                .andExpect(jsonPath("$.holderName").value("张三"));
        call(RECORDS + id, bearer("insp-1", "INSPECTOR", DEPARTMENT)).andExpect(status().isOk());
        for (String path : List.of("", "/actions", "/inspections", "/audit")) {
            notFound(RECORDS + id + path, bearer("sup-h", "SUPERVISOR", "HEALTH"), id);
            notFound(RECORDS + id + path, bearer("insp-h", "INSPECTOR", "HEALTH"), id);
        }
        notFound(RECORDS + "00000000-0000-0000-0000-00000000dead", supervisor("sup-1"),
                "00000000-0000-0000-0000-00000000dead");

        list(caseNumber, null, bearer("sup-h", "SUPERVISOR", "HEALTH")).andExpect(jsonPath("$.totalItems").value(0));
        // naming the other department does not widen the scope
        list(caseNumber, DEPARTMENT, bearer("insp-h", "INSPECTOR", "HEALTH")).andExpect(jsonPath("$.totalItems").value(0));
        list(caseNumber, null, bearer("insp-1", "INSPECTOR", DEPARTMENT)).andExpect(jsonPath("$.totalItems").value(1));
        list(caseNumber, null, bearer("sup-x", "SUPERVISOR", null)).andExpect(jsonPath("$.totalItems").value(0));
        assertThat(readsLogged(caseNumber, "sup-h")).isZero();
    }

    @Test
    void a_monitor_reads_every_record_with_the_holder_masked_and_leaves_no_personal_data_read() throws Exception {
        String caseNumber = newCaseNumber("MASK");
        String id = pushedRecord(caseNumber, List.of("rev-1"));

        call(RECORDS + id, monitor()).andExpect(status().isOk())
                .andExpect(jsonPath("$.holderName").value("张*"))
                .andExpect(jsonPath("$.holderMaskedIdNumber").value("1101**********001X"));
        list(caseNumber, null, monitor()).andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].holderName").value("张*"));
        assertThat(readsLogged(caseNumber, "monitor-1")).isZero();
    }

    @Test
    void a_system_client_is_narrowed_by_the_departments_of_its_token() throws Exception {
        String caseNumber = newCaseNumber("SYS");
        String id = pushedRecord(caseNumber, List.of("rev-1"));

        call(RECORDS + id, system(Map.of("departments", List.of(DEPARTMENT)))).andExpect(status().isOk());
        notFound(RECORDS + id, system(Map.of("departments", List.of("HEALTH"))), id);
        list(caseNumber, null, system(Map.of("departments", List.of("HEALTH")))).andExpect(jsonPath("$.totalItems").value(0));
        // no claim names no department (platform SystemClaims): least privilege, as in intake
        notFound(RECORDS + id, system(Map.of()), id);
    }

    @Test
    void the_audit_trail_names_the_principal_next_to_the_actor() throws Exception {
        String id = pushedRecord(newCaseNumber("PRINCIPAL"), List.of("rev-1"));

        call(RECORDS + id + "/audit", supervisor("sup-1")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].actorId").value("system"))
                .andExpect(jsonPath("$.items[0].principal").value("system:supervision"));
    }

    private ResultActions call(String path, String token) throws Exception {
        return mvc.perform(get(path).header("Authorization", token));
    }

    private ResultActions list(String caseNumber, String department, String token) throws Exception {
        var call = get(RECORDS.substring(0, RECORDS.length() - 1)).param("caseNumber", caseNumber)
                .header("Authorization", token);
        if (department != null) {
            call.param("department", department);
        }
        return mvc.perform(call).andExpect(status().isOk());
    }

    private void notFound(String path, String token, String what) throws Exception {
        call(path, token).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type", containsString("not-found")))
                .andExpect(jsonPath("$.detail", containsString(what)));
    }

    private long readsLogged(String caseNumber, String reader) {
        return jdbc.sql("select count(*) from personal_data_read where subject = ? and reader_id = ?")
                .params(caseNumber, reader).query(Long.class).single();
    }

    private static String system(Map<String, ?> claims) {
        return "Bearer " + TestTokens.token("sys-1", "sys-1", Set.of("SYSTEM"), null, null, withService(claims));
    }

    /** A SYSTEM client's token names the services it may call (SystemClaims): this one. */
    private static Map<String, Object> withService(Map<String, ?> claims) {
        Map<String, Object> all = new java.util.HashMap<>(claims);
        all.put("services", List.of("supervision"));
        return all;
    }
}

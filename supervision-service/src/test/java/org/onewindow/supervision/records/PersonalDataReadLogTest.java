package org.onewindow.supervision.records;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.supervision.support.SupervisionIntegrationTest;

/** 查询留痕 in supervision: a supervisor's read of a record (holder name and masked ID) is logged for MONITOR. */
class PersonalDataReadLogTest extends SupervisionIntegrationTest {

    @Test
    void a_supervisors_read_of_a_record_and_of_a_list_naming_it_are_logged_and_only_monitor_reads_the_log() throws Exception {
        String caseNumber = newCaseNumber("READLOG");
        String recordId = pushedRecord(caseNumber, List.of("rev-1"));

        mvc.perform(get("/api/supervision/v1/records/{id}", recordId).header("Authorization", supervisor("sup-7")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/supervision/v1/records").param("caseNumber", caseNumber)
                .header("Authorization", supervisor("sup-7"))).andExpect(status().isOk());

        mvc.perform(get("/api/supervision/v1/personal-data-reads").param("case", caseNumber)
                        .header("Authorization", monitor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].readerId").value("sup-7"))
                .andExpect(jsonPath("$[0].readerDepartment").value(DEPARTMENT))
                .andExpect(jsonPath("$[0].resource").value("supervision record"))
                .andExpect(jsonPath("$[0].fields[0]").value("holderMaskedIdNumber"))
                .andExpect(jsonPath("$[0].purpose").value("supervision.record.read"))
                .andExpect(jsonPath("$[1].purpose").value("supervision.record.list"));
        mvc.perform(get("/api/supervision/v1/personal-data-reads").param("case", caseNumber)
                        .header("Authorization", supervisor("sup-7")))
                .andExpect(status().isForbidden());
    }
}

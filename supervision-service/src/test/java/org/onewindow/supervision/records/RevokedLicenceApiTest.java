package org.onewindow.supervision.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.onewindow.supervision.records.adapters.web.SupervisionRecordController;
import org.onewindow.supervision.support.SupervisionIntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * After a revocation nothing but reading: every POST on a record (the finding was an inspection answered 201) is a
 * 409 problem {@code supervision.licence-revoked} and writes nothing (no action, inspection or audit line).
 */
class RevokedLicenceApiTest extends SupervisionIntegrationTest {

    private static final String RECORDS = "/api/supervision/v1/records/";

    /** Every command path of the controller (the part after the record id); a new POST without a row fails. */
    private static final Set<String> COMMAND_PATHS = Set.of("/claim", "/actions", "/inspections");

    static Stream<Arguments> everyCommand() {
        return Stream.of(
                Arguments.of("/claim", "SUPERVISOR", null),
                Arguments.of("/actions", "SUPERVISOR", "{\"action\":\"RECTIFY\",\"reason\":\"台账不全\"}"),
                Arguments.of("/actions", "SUPERVISOR", "{\"action\":\"SUSPEND\",\"reason\":\"超范围经营\"}"),
                Arguments.of("/actions", "SUPERVISOR", "{\"action\":\"REVOKE\",\"reason\":\"再次撤销\"}"),
                Arguments.of("/inspections", "INSPECTOR", "{\"result\":\"COMPLIANT\",\"notes\":\"现场检查无异常\"}"),
                Arguments.of("/inspections", "SUPERVISOR", "{\"result\":\"DEFICIENCIES_FOUND\"}"));
    }

    @ParameterizedTest(name = "POST {0} as {1}")
    @MethodSource("everyCommand")
    void every_command_on_a_revoked_licence_is_a_409_problem_and_writes_nothing(String path, String role,
            String body) throws Exception {
        String id = revokedRecord();
        long trail = auditLines(id);

        var request = post(RECORDS + id + path).header("Authorization", bearer("staff-2", role, DEPARTMENT));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        mvc.perform(request)
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.type", endsWith("supervision.licence-revoked")))
                .andExpect(jsonPath("$.errors[*].rule", hasItem("supervision.licence-revoked")));

        mvc.perform(get(RECORDS + id).header("Authorization", monitor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.licenceStatus").value("REVOKED"))
                .andExpect(jsonPath("$.claimedBy").value("sup-1"));
        mvc.perform(get(RECORDS + id + "/actions").header("Authorization", monitor()))
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get(RECORDS + id + "/inspections").header("Authorization", monitor()))
                .andExpect(jsonPath("$.length()").value(0));
        assertThat(auditLines(id)).isEqualTo(trail);
    }

    @Test
    void the_rows_cover_every_command_path_of_the_records_controller() {
        Set<String> posts = Arrays.stream(SupervisionRecordController.class.getDeclaredMethods())
                .map(m -> m.getAnnotation(PostMapping.class)).filter(a -> a != null)
                .flatMap(a -> Stream.concat(Arrays.stream(a.value()), Arrays.stream(a.path())))
                .map(p -> p.replace("/{recordId}", "")).collect(Collectors.toSet());
        Set<String> rows = everyCommand().map(a -> (String) a.get()[0]).collect(Collectors.toSet());

        assertThat(posts).isEqualTo(COMMAND_PATHS);
        assertThat(rows).isEqualTo(COMMAND_PATHS);
    }

    @Test
    void reading_a_revoked_licence_still_works() throws Exception {
        String id = revokedRecord();

        mvc.perform(get(RECORDS + id + "/audit").header("Authorization", supervisor("sup-2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].action", hasItem("ACTION_REVOKE")));
    }

    /** A record claimed by sup-1 whose licence sup-1 revoked. */
    private String revokedRecord() throws Exception {
        String id = pushedRecord(newCaseNumber("REVOKED"), List.of("rev-1", "chk-1"));
        mvc.perform(post(RECORDS + id + "/claim").header("Authorization", supervisor("sup-1")))
                .andExpect(status().isOk());
        mvc.perform(post(RECORDS + id + "/actions").header("Authorization", supervisor("sup-1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\":\"REVOKE\",\"reason\":\"以欺骗手段取得许可\"}"))
                .andExpect(status().isCreated());
        return id;
    }

    private long auditLines(String recordId) {
        return jdbc.sql("""
                select count(*) from audit_trail
                where subject = (select case_number from supervision_records where id = ?::uuid)""")
                .param(recordId).query(Long.class).single();
    }
}

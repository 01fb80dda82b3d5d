package org.onewindow.review.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.onewindow.contracts.supervision.LicenceActionTaken;
import org.onewindow.platform.test.KafkaTestSupport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Review on the platform's one command path: If-Match where the client sends it (the task's version for an opinion
 * or a deputy, the case's for the case's commands), ETags from the read that made the body, and every change, also
 * a consumed event's, recorded in the platform's audit_trail with who acted and for whom.
 */
class ReviewCommandPathIntegrationTest extends ReviewIntegrationSupport {

    private static final String OPINION = "{\"step\":\"REVIEW\",\"opinion\":\"APPROVE\"}";

    private String taskEtag(String taskId) throws Exception {
        return mvc.perform(get("/api/review/v1/tasks/" + taskId).header("Authorization", reviewer("r-any", "MARKET")))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
    }

    private String caseEtag(String caseNumber) throws Exception {
        return mvc.perform(get("/api/review/v1/cases/" + caseNumber).header("Authorization", reviewer("r-any", "MARKET")))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
    }

    private ResultActions reviewWithIfMatch(String taskId, String department, String ifMatch) throws Exception {
        return mvc.perform(post("/api/review/v1/tasks/" + taskId + "/opinions")
                .header("Authorization", reviewer("r-" + department, department)).header(HttpHeaders.IF_MATCH, ifMatch)
                .contentType(MediaType.APPLICATION_JSON).content(OPINION));
    }

    private ResultActions hearing(String caseNumber, String ifMatch) throws Exception {
        var request = post("/api/review/v1/cases/" + caseNumber + "/pauses").header("Authorization", reviewer("r-m", "MARKET"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"HEARING\",\"reason\":\"申请人要求听证\"}");
        return mvc.perform(ifMatch == null ? request : request.header(HttpHeaders.IF_MATCH, ifMatch));
    }

    private long trailLines(String caseNumber) {
        return jdbc.sql("select count(*) from audit_trail where subject = ?").param(caseNumber).query(Long.class).single();
    }

    @Test
    void an_opinion_with_a_stale_task_etag_is_refused_with_412_and_writes_nothing() throws Exception {
        String caseNumber = openCase("MARKET");
        String taskId = taskOf(caseNumber, "MARKET");
        String current = taskEtag(taskId);
        long lines = trailLines(caseNumber);

        reviewWithIfMatch(taskId, "MARKET", "\"v999\"")
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE));
        assertThat(trailLines(caseNumber)).isEqualTo(lines);
        assertThat(caseJson(caseNumber).get("paused").asBoolean()).isFalse();

        String answered = reviewWithIfMatch(taskId, "MARKET", current)
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(answered).isNotEqualTo(current).isEqualTo(taskEtag(taskId));
        assertThat(trailLines(caseNumber)).isEqualTo(lines + 1);
    }

    @Test
    void departments_working_in_parallel_never_refuse_each_others_opinions() throws Exception {
        String caseNumber = openCase("MARKET", "HEALTH");
        String market = taskOf(caseNumber, "MARKET");
        String health = taskOf(caseNumber, "HEALTH");
        String marketEtag = taskEtag(market);
        String healthEtag = taskEtag(health);
        String caseBefore = caseEtag(caseNumber);

        reviewWithIfMatch(market, "MARKET", marketEtag).andExpect(status().isCreated());
        reviewWithIfMatch(health, "HEALTH", healthEtag).andExpect(status().isCreated());

        assertThat(caseEtag(caseNumber)).as("the case moved twice").isNotEqualTo(caseBefore);
        reviewWithIfMatch(market, "MARKET", marketEtag).andExpect(status().isPreconditionFailed());
    }

    @Test
    void a_case_command_checks_the_case_etag_when_given_and_answers_the_new_one() throws Exception {
        String caseNumber = openCase("MARKET");
        String current = caseEtag(caseNumber);

        hearing(caseNumber, "\"v999\"").andExpect(status().isPreconditionFailed());
        assertThat(caseJson(caseNumber).get("paused").asBoolean()).isFalse();

        String answered = hearing(caseNumber, current).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(answered).isNotEqualTo(current).isEqualTo(caseEtag(caseNumber));
        hearing(caseNumber, answered).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", org.hamcrest.Matchers.containsString("review.case-paused")));
    }

    @Test
    void a_command_without_if_match_is_accepted_as_before() throws Exception {
        String caseNumber = openCase("MARKET");

        hearing(caseNumber, null).andExpect(status().isCreated()).andExpect(header().exists(HttpHeaders.ETAG));
        opinion(taskOf(caseNumber, "MARKET"), reviewer("r-m", "MARKET"), "REVIEW", "APPROVE", null)
                .andExpect(status().isConflict()); // paused: the domain's refusal, not a precondition
    }

    @Test
    void every_change_is_in_the_audit_trail_with_who_acted_for_whom_and_the_caller_as_principal() throws Exception {
        String caseNumber = openCase("MARKET");
        String taskId = taskOf(caseNumber, "MARKET");
        // AB岗 in force: reviewer.market named reviewer2.market (both demo users: REVIEWER of MARKET) as deputy
        mvc.perform(post("/api/review/v1/tasks/" + taskId + "/deputy")
                        .header("Authorization", reviewer("reviewer.market", "MARKET"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"deputyUserId\":\"reviewer2.market\"}"))
                .andExpect(status().isOk());

        mvc.perform(post("/api/review/v1/tasks/" + taskId + "/opinions")
                        .header("Authorization", reviewer("reviewer2.market", "MARKET"))
                        .header("X-On-Behalf-Of", "reviewer.market").contentType(MediaType.APPLICATION_JSON).content(OPINION))
                .andExpect(status().isCreated());

        List<Map<String, Object>> trail = jdbc.sql("select action, actor_id, actor_role, on_behalf_of, principal "
                + "from audit_trail where subject = ? order by id").param(caseNumber).query().listOfRows();
        assertThat(trail).extracting(row -> row.get("action"))
                .containsExactly("CASE_OPENED", "DEPUTY_ASSIGNED", "REVIEW_APPROVE");
        assertThat(trail.get(0)).containsEntry("actor_id", "system").containsEntry("principal", "system:review");
        assertThat(trail.get(2)).containsEntry("actor_id", "reviewer2.market").containsEntry("actor_role", "REVIEWER")
                .containsEntry("on_behalf_of", "reviewer.market").containsEntry("principal", "reviewer2.market");
        var audit = caseJson(caseNumber).get("audit");
        assertThat(audit.get(2).get("userId").asString()).isEqualTo("reviewer2.market");
        assertThat(audit.get(2).get("onBehalfOf").asString()).isEqualTo("reviewer.market");
        assertThat(audit.get(2).get("detail").asString()).isEqualTo("task " + taskId + " (MARKET)");
    }

    @Test
    void acting_for_someone_without_a_recorded_relation_is_refused_and_nothing_is_written() throws Exception {
        String caseNumber = openCase("MARKET");
        String taskId = taskOf(caseNumber, "MARKET");

        mvc.perform(post("/api/review/v1/tasks/" + taskId + "/opinions").header("Authorization", reviewer("r-m", "MARKET"))
                        .header("X-On-Behalf-Of", "checker.health").contentType(MediaType.APPLICATION_JSON).content(OPINION))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type", org.hamcrest.Matchers.endsWith("review.on-behalf-not-allowed")))
                .andExpect(jsonPath("$.errors[0].rule").value("review.on-behalf-not-allowed"));
        mvc.perform(post("/api/review/v1/cases/" + caseNumber + "/pauses")
                        .header("Authorization", reviewer("r-m", "MARKET")).header("X-On-Behalf-Of", "reviewer.market")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"HEARING\",\"reason\":\"听证\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type", org.hamcrest.Matchers.endsWith("review.on-behalf-not-allowed")));

        assertThat(trailLines(caseNumber)).isEqualTo(1);
        assertThat(caseJson(caseNumber).get("paused").asBoolean()).isFalse();
    }

    @Test
    void a_deputy_of_another_department_or_role_is_refused_when_named() throws Exception {
        String caseNumber = openCase("MARKET");
        String taskId = taskOf(caseNumber, "MARKET");

        deputy(taskId, "reviewer.health").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].rule").value("review.deputy-other-department"))
                .andExpect(jsonPath("$.errors[0].field").value("deputyUserId"));
        deputy(taskId, "supervisor.market").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].rule").value("review.deputy-other-role"));
        deputy(taskId, "no.such.user").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].rule").value("review.deputy-unknown"));
        assertThat(trailLines(caseNumber)).isEqualTo(1);
    }

    private org.springframework.test.web.servlet.ResultActions deputy(String taskId, String deputy) throws Exception {
        return mvc.perform(post("/api/review/v1/tasks/" + taskId + "/deputy")
                .header("Authorization", reviewer("reviewer.market", "MARKET"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"deputyUserId\":\"" + deputy + "\"}"));
    }

    @Test
    void a_consumed_licence_action_goes_through_the_command_path_and_is_audited_as_review() throws Exception {
        String caseNumber = openCase("MARKET");
        String licence = approve(caseNumber, "MARKET");
        String before = caseEtag(caseNumber);

        KafkaTestSupport.publish(topics.topicOf(LicenceActionTaken.class),
                new LicenceActionTaken(UUID.randomUUID(), caseNumber, licence, LicenceActionTaken.Action.SUSPEND, "整改期间暂停",
                        "supervisor-1", OffsetDateTime.now()));

        await().atMost(WAIT).untilAsserted(() -> assertThat(jdbc.sql("""
                        select actor_id || '|' || actor_role || '|' || principal || '|' || detail from audit_trail
                        where subject = ? and action = 'LICENCE_SUSPENDED'""").param(caseNumber).query(String.class).list())
                .containsExactly("supervisor-1|SUPERVISOR|system:review|整改期间暂停"));
        assertThat(caseEtag(caseNumber)).as("the case was saved with a new version").isNotEqualTo(before);
        assertThat(caseJson(caseNumber).get("decision").get("licence").get("status").asString()).isEqualTo("SUSPENDED");
    }

    @Test
    void an_over_long_on_behalf_of_header_is_a_422_naming_it() throws Exception {
        String caseNumber = openCase("MARKET");

        mvc.perform(post("/api/review/v1/tasks/" + taskOf(caseNumber, "MARKET") + "/opinions")
                        .header("Authorization", reviewer("r-m", "MARKET")).header("X-On-Behalf-Of", "h".repeat(65))
                        .contentType(MediaType.APPLICATION_JSON).content(OPINION))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("X-On-Behalf-Of"));
        assertThat(trailLines(caseNumber)).isEqualTo(1);
    }
}

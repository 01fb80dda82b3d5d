package org.onewindow.intake.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.Outcome;
import org.onewindow.intake.IntakeIntegrationSupport;
import org.onewindow.intake.ScopeFixtures;
import org.onewindow.platform.clock.ChinaTime;
import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.web.waiting.ChangeSignals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * {@code GET /api/intake/v1/applications/{caseNumber}} with {@code Prefer: wait=N} and {@code If-None-Match}
 * (docs/architecture.md "Waiting for a change"): review's decision is sent by another thread once the request waits,
 * so only a read after intake committed the decision can answer DECIDED.
 */
@OneWindowTest
@AutoConfigureMockMvc
class WaitingApplicationReadTest extends IntakeIntegrationSupport {

    private static final String CLERK = ScopeFixtures.clerk("clerk", ScopeFixtures.CITY);

    @Autowired
    ChangeSignals signals;

    private ScopeFixtures cases;

    @BeforeEach
    void catalogPublished() {
        cases = new ScopeFixtures(mvc, topics, jdbc);
        cases.catalogPublished();
    }

    private String etagOf(String caseNumber) throws Exception {
        return mvc.perform(get(APPLICATIONS + "/" + caseNumber).header("Authorization", CLERK))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
    }

    @Test
    void a_waiting_read_with_the_current_etag_answers_the_decided_application() throws Exception {
        String caseNumber = cases.submittedBy(CLERK);
        cases.reviewOpened(caseNumber, "MARKET");
        String etag = etagOf(caseNumber);
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        CompletableFuture<Void> decided = CompletableFuture.runAsync(() -> {
            await().atMost(WAIT).until(() -> signals.waiting("application", caseNumber) > 0);
            send(new DecisionMade(caseNumber, ScopeFixtures.ITEM, 1, "食品经营许可", Outcome.APPROVED, "JY-WAIT-1", today,
                    today.plusYears(5), List.of(), OffsetDateTime.now(), "MARKET", "MARKET-SUPERVISION", "张三",
                    "110***********002X", List.of("r-1", "c-1"), "applicant", today.plusDays(10), false));
        });

        MvcResult answer = mvc.perform(get(APPLICATIONS + "/" + caseNumber).header("Authorization", CLERK)
                        .header("Prefer", "wait=30").header("If-None-Match", etag))
                .andExpect(status().isOk())
                .andExpect(header().string("Preference-Applied", "wait=30"))
                .andReturn();
        decided.join();
        assertThat(answer.getResponse().getHeader("ETag")).isNotEqualTo(etag);
        assertThat(JSON.readTree(answer.getResponse().getContentAsString()).path("status").asString())
                .isEqualTo("DECIDED");
    }

    @Test
    void without_a_change_the_wait_ends_with_304_and_an_invalid_preference_means_no_wait() throws Exception {
        String caseNumber = cases.submittedBy(CLERK);
        String etag = etagOf(caseNumber);

        mvc.perform(get(APPLICATIONS + "/" + caseNumber).header("Authorization", CLERK)
                        .header("Prefer", "wait=1").header("If-None-Match", etag))
                .andExpect(status().isNotModified())
                .andExpect(header().string("Preference-Applied", "wait=1"));
        mvc.perform(get(APPLICATIONS + "/" + caseNumber).header("Authorization", CLERK)
                        .header("Prefer", "wait=1x").header("If-None-Match", etag))
                .andExpect(status().isNotModified())
                .andExpect(header().doesNotExist("Preference-Applied"));
    }

    @Test
    void an_unknown_application_is_404_after_the_wait() throws Exception {
        mvc.perform(get(APPLICATIONS + "/C3301-20260302-999999-nowait").header("Authorization", CLERK)
                        .header("Prefer", "wait=1"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Preference-Applied", "wait=1"));
    }
}

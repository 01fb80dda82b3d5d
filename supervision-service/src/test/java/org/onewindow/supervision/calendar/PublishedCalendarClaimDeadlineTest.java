package org.onewindow.supervision.calendar;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.Stream;
import org.onewindow.contracts.catalog.CalendarPublished;
import org.onewindow.platform.test.KafkaTestSupport;
import org.onewindow.supervision.support.SupervisionIntegrationTest;

/** Claim deadlines count on the calendar the catalog published (platform-calendar's replica, fed by this service). */
class PublishedCalendarClaimDeadlineTest extends SupervisionIntegrationTest {

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void a_claim_deadline_skips_the_holidays_of_a_published_year() throws Exception {
        // a made-up 2031 calendar (not shipped in platform-clock): Tue 4 to Thu 6 March off
        CalendarPublished published = new CalendarPublished(2031, 1, List.of(LocalDate.parse("2031-03-04"),
                LocalDate.parse("2031-03-05"), LocalDate.parse("2031-03-06")), List.of(), OffsetDateTime.now());
        KafkaTestSupport.publish(topics.topic(Stream.CATALOG_CALENDAR), published);
        await().atMost(WAIT).until(() -> jdbc.sql("select count(*) from platform_calendar_year where year = 2031")
                .query(Long.class).single() == 1);
        clock.reset();
        clock.advance(Duration.between(clock.instant(), OffsetDateTime.parse("2031-03-03T10:00:00+08:00"))); // a Monday
        String caseNumber = newCaseNumber("CAL");

        sendDecision(approval(caseNumber, List.of("rev-1")));

        await().atMost(WAIT).until(() -> recordCount(caseNumber) == 1);
        // Fri 7 March is working day 1, Mon 10 March day 2 (weekdays only would give Wed 5 March)
        mvc.perform(get("/api/supervision/v1/records").param("caseNumber", caseNumber).header("Authorization", monitor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].claimDeadline").value("2031-03-10"));
    }
}

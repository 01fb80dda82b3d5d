package org.onewindow.supervision.records.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onewindow.platform.clock.OfficialCalendars;
import org.onewindow.platform.clock.WorkingDays;

class ClaimDeadlinesTest {

    private final ClaimDeadlines twoWorkingDays = new ClaimDeadlines(WorkingDays.on(OfficialCalendars.china()), 2, 2);

    /** Two working days from the push day, counted on the official calendar in the centre's time zone. */
    @ParameterizedTest(name = "{0}: pushed {1}, claim by {3}")
    @CsvSource(delimiter = '|', textBlock = """
            a push on friday must be claimed by tuesday because the weekend does not count | 2025-11-14T10:00:00+08:00 | 2 | 2025-11-18
            the national day holiday 2025-10-01..08 (国庆节、中秋节) does not count          | 2025-09-30T16:00:00+08:00 | 2 | 2025-10-10
            an adjusted workday on sunday 2025-09-28 (国庆节调休) counts                    | 2025-09-26T09:00:00+08:00 | 2 | 2025-09-29
            the push day is taken in the centre's zone: 17:30 UTC thursday is friday 01:30 | 2025-11-13T17:30:00Z      | 2 | 2025-11-18
            the claim limit is configurable                                                | 2025-11-14T10:00:00+08:00 | 5 | 2025-11-21
            """)
    void the_claim_deadline_counts_working_days_from_the_push_day(String rule, OffsetDateTime pushedAt, int claimLimit,
                                                                   LocalDate expected) {
        ClaimDeadlines deadlines = new ClaimDeadlines(WorkingDays.on(OfficialCalendars.china()), claimLimit, 2);

        assertThat(deadlines.claimDeadline(pushedAt)).as(rule).isEqualTo(expected);
    }

    @Test
    void a_record_is_overdue_only_after_its_whole_deadline_day() {
        LocalDate deadline = LocalDate.parse("2025-11-18");
        assertThat(ClaimDeadlines.overdue(deadline, deadline)).isFalse();
        assertThat(ClaimDeadlines.overdue(deadline, deadline.plusDays(1))).isTrue();
    }

    @Test
    void a_claim_limit_below_one_working_day_is_refused() {
        assertThatThrownBy(() -> new ClaimDeadlines(WorkingDays.on(OfficialCalendars.china()), 0, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_push_more_than_two_working_days_after_the_decision_is_late_and_a_weekend_does_not_make_it_late() {
        OffsetDateTime friday = OffsetDateTime.parse("2025-11-14T17:00:00+08:00");

        assertThat(twoWorkingDays.pushedLate(friday, OffsetDateTime.parse("2025-11-18T09:00:00+08:00"))).isFalse();
        assertThat(twoWorkingDays.pushedLate(friday, OffsetDateTime.parse("2025-11-19T09:00:00+08:00"))).isTrue();
    }
}

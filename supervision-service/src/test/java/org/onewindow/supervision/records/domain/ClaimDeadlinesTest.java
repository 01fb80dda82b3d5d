package org.onewindow.supervision.records.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.clock.OfficialCalendars;
import org.onewindow.platform.clock.WorkingDays;

class ClaimDeadlinesTest {

    private final ClaimDeadlines twoWorkingDays = new ClaimDeadlines(WorkingDays.on(OfficialCalendars.china()), 2, 2);

    @Test
    void a_push_on_friday_must_be_claimed_by_tuesday_because_the_weekend_does_not_count() {
        assertThat(twoWorkingDays.claimDeadline(OffsetDateTime.parse("2025-11-14T10:00:00+08:00")))
                .isEqualTo(LocalDate.parse("2025-11-18"));
    }

    @Test
    void the_national_day_holiday_does_not_count() {
        // 2025-10-01..08 off (国庆节、中秋节)
        assertThat(twoWorkingDays.claimDeadline(OffsetDateTime.parse("2025-09-30T16:00:00+08:00")))
                .isEqualTo(LocalDate.parse("2025-10-10"));
    }

    @Test
    void an_adjusted_workday_on_a_sunday_counts() {
        // Sunday 2025-09-28 is worked (国庆节调休)
        assertThat(twoWorkingDays.claimDeadline(OffsetDateTime.parse("2025-09-26T09:00:00+08:00")))
                .isEqualTo(LocalDate.parse("2025-09-29"));
    }

    @Test
    void the_push_day_is_taken_in_the_centres_time_zone() {
        // 17:30 UTC on Thursday is 01:30 on Friday in Shanghai
        assertThat(twoWorkingDays.claimDeadline(OffsetDateTime.parse("2025-11-13T17:30:00Z")))
                .isEqualTo(LocalDate.parse("2025-11-18"));
    }

    @Test
    void the_claim_limit_is_configurable() {
        ClaimDeadlines fiveWorkingDays = new ClaimDeadlines(WorkingDays.on(OfficialCalendars.china()), 5, 2);
        assertThat(fiveWorkingDays.claimDeadline(OffsetDateTime.parse("2025-11-14T10:00:00+08:00")))
                .isEqualTo(LocalDate.parse("2025-11-21"));
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

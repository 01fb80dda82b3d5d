package org.onewindow.rating.rectifications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onewindow.rating.ratings.domain.RatingBuilder.aRating;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.clock.OfficialCalendars;
import org.onewindow.platform.clock.WorkingDayCalendar;
import org.onewindow.platform.clock.WorkingDays;
import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.rating.ratings.domain.Level;
import org.onewindow.rating.ratings.domain.Rating;

class RectificationTest {

    static final WorkingDays CHINA = WorkingDays.on(OfficialCalendars.china());

    static Rating rating(Level level, OffsetDateTime ratedAt) {
        return aRating().level(level).ratedAt(ratedAt).build();
    }

    @Test
    void a_bad_rating_is_due_fifteen_working_days_later_across_the_national_day_holiday_and_its_adjusted_workday() {
        // Mon 2026-09-28: 29, 30 Sep; 1-7 Oct off (国庆); 8, 9, Sat 10 (调休上班), 12-16, 19-23 Oct
        Rectification rectification = Rectification.openFor(
                rating(Level.VERY_DISSATISFIED, OffsetDateTime.parse("2026-09-28T16:00:00+08:00")),
                RectificationTerms.defaults(), CHINA, UUID.randomUUID());

        assertThat(rectification.dueOn()).isEqualTo(LocalDate.of(2026, 10, 23));
        assertThat(rectification.status()).isEqualTo(RectificationStatus.OPEN);
        assertThat(rectification.implementingDepartment()).isEqualTo(DepartmentCode.of("MARKET"));
    }

    @Test
    void without_the_holiday_the_same_rating_would_be_due_on_the_nineteenth() {
        Rectification rectification = Rectification.openFor(
                rating(Level.DISSATISFIED, OffsetDateTime.parse("2026-09-28T16:00:00+08:00")),
                RectificationTerms.defaults(), WorkingDays.on(WorkingDayCalendar.weekdaysOnly()), UUID.randomUUID());

        assertThat(rectification.dueOn()).isEqualTo(LocalDate.of(2026, 10, 19));
    }

    @Test
    void the_rating_day_is_taken_in_china_so_a_late_evening_rating_in_utc_counts_from_the_next_day() {
        // 2026-03-02T17:00Z is 2026-03-03 01:00 in Asia/Shanghai: 5 working days from Tue 3 March
        Rectification rectification = Rectification.openFor(
                rating(Level.DISSATISFIED, OffsetDateTime.parse("2026-03-02T17:00:00Z")),
                new RectificationTerms(5), CHINA, UUID.randomUUID());

        assertThat(rectification.dueOn()).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void a_locality_with_seven_working_days_gets_an_earlier_due_date() {
        Rectification rectification = Rectification.openFor(
                rating(Level.DISSATISFIED, OffsetDateTime.parse("2026-09-28T09:00:00+08:00")),
                new RectificationTerms(7), CHINA, UUID.randomUUID());

        assertThat(rectification.dueOn()).isEqualTo(LocalDate.of(2026, 10, 13));
    }

    @Test
    void a_rating_that_is_not_bad_opens_no_rectification() {
        assertThatThrownBy(() -> Rectification.openFor(rating(Level.BASICALLY_SATISFIED, OffsetDateTime.now()),
                RectificationTerms.defaults(), CHINA, UUID.randomUUID()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void opening_registers_the_event_and_an_audit_line_by_the_system_at_the_rating_time() {
        Rating bad = rating(Level.VERY_DISSATISFIED, OffsetDateTime.parse("2026-09-28T16:00:00+08:00"));

        Rectification rectification = Rectification.openFor(bad, RectificationTerms.defaults(), CHINA, UUID.randomUUID());

        assertThat(rectification.changes().events()).containsExactly(new RectificationEvent.Opened(rectification));
        assertThat(rectification.changes().auditEntries()).singleElement().satisfies(line -> {
            assertThat(line.action()).isEqualTo("RECTIFICATION_OPENED");
            assertThat(line.detail()).isEqualTo("due on 2026-10-23");
            assertThat(line.at()).isEqualTo(bad.ratedAt().toInstant());
            assertThat(line.actor().role()).isEqualTo("SYSTEM");
            assertThat(line.actor().principal()).isEqualTo("system:rating");
        });
    }
}

package org.onewindow.rating.rectifications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onewindow.rating.ratings.domain.RatingBuilder.aRating;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    /**
     * From Mon 2026-09-28: 29, 30 Sep; 1-7 Oct off (国庆); 8, 9, Sat 10 (调休上班), 12-16, 19-23 Oct. 2026-03-02T17:00Z
     * is 2026-03-03 01:00 in Asia/Shanghai, so its working days count from Tue 3 March.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a bad rating is due fifteen working days later across the national day holiday and its adjusted workday | VERY_DISSATISFIED | 2026-09-28T16:00:00+08:00 | 15 | true  | 2026-10-23
            without the holiday the same rating would be due on the nineteenth                                    | DISSATISFIED      | 2026-09-28T16:00:00+08:00 | 15 | false | 2026-10-19
            the rating day is taken in china so a late evening rating in utc counts from the next day             | DISSATISFIED      | 2026-03-02T17:00:00Z      | 5  | true  | 2026-03-10
            a locality with seven working days gets an earlier due date                                          | DISSATISFIED      | 2026-09-28T09:00:00+08:00 | 7  | true  | 2026-10-13
            """)
    void a_rectification_is_due_its_working_days_after_the_rating_day(String rule, Level level, OffsetDateTime ratedAt,
                                                                       int workingDays, boolean officialHolidays,
                                                                       LocalDate expected) {
        WorkingDays calendar = officialHolidays ? CHINA : WorkingDays.on(WorkingDayCalendar.weekdaysOnly());

        Rectification rectification = Rectification.openFor(rating(level, ratedAt), new RectificationTerms(workingDays),
                calendar, UUID.randomUUID());

        assertThat(rectification.dueOn()).as(rule).isEqualTo(expected);
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

        assertThat(rectification.status()).isEqualTo(RectificationStatus.OPEN);
        assertThat(rectification.implementingDepartment()).isEqualTo(DepartmentCode.of("MARKET"));
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

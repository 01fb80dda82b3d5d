package org.onewindow.review.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.onewindow.review.calendar.CaseCalendar;
import org.onewindow.review.calendar.HolidayCalendar;

/** Cases and people for the domain tests. */
final class Fixtures {

    /** 2026 per the State Council notice: Spring Festival off 15–23 Feb, adjusted workdays Sat 14 and Sat 28 Feb. */
    static final CaseCalendar CALENDAR_2026 = new HolidayCalendar(
            Set.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2),
                    LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
                    LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 23)),
            Set.of(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28)));

    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private Fixtures() {
    }

    static CaseOpening accepted(RouteMode mode, String... departments) {
        return new CaseOpening("C3301-20260302-000001", "330100-SP-001", "食品经营许可", 3, mode, List.of(departments),
                true, false, TODAY, NOW, "clerk-1", 10, 20, "applicant-1", "张三", "3301**********1234");
    }

    static CaseOpening immediateAccepted(String department) {
        return new CaseOpening("C3301-20260302-000002", "330100-JB-002", "个体工商户登记", 1, RouteMode.PARALLEL,
                List.of(department), false, true, TODAY, NOW, "clerk-1", 0, 20, "applicant-1", "李四", "3301**********5678");
    }

    static ReviewCase openCase(RouteMode mode, String... departments) {
        ReviewCase reviewCase = ReviewCase.open(accepted(mode, departments), CALENDAR_2026, NOW);
        reviewCase.clearPendingEvents();
        return reviewCase;
    }

    static ActingUser reviewer(String userId, String department) {
        return ActingUser.of(userId, department, "REVIEWER");
    }

    static ActingUser checker(String userId, String department) {
        return ActingUser.of(userId, department, "CHECKER");
    }

    /** Licence numbers from an in-memory sequence. */
    static final class Sequence {
        final AtomicLong next = new AtomicLong(41);

        long nextValue() {
            return next.incrementAndGet();
        }
    }
}

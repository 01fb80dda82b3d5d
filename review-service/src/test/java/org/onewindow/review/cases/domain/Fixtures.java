package org.onewindow.review.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.onewindow.platform.clock.OfficialCalendars;
import org.onewindow.platform.clock.WorkingDays;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.kernel.NotPermitted;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.StateConflict;

/** Cases and people for the domain tests. */
final class Fixtures {

    /** The national calendars shipped in platform-clock (2026: Spring Festival off 15–23 Feb, 调休 Sat 14 and 28 Feb). */
    static final WorkingDays CALENDAR_2026 = WorkingDays.on(OfficialCalendars.china());

    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private Fixtures() {
    }

    static CaseOpening accepted(RouteMode mode, String... departments) {
        return new CaseOpening("C3301-20260302-000001", "330100-SP-001", "食品经营许可", 3, mode, List.of(departments),
                true, false, TODAY, NOW, "clerk-1", 10, 20, "applicant-1", "张三", "3301**********1234", "MARKET", "MARKET-SUPERVISION");
    }

    static CaseOpening immediateAccepted(String department) {
        return new CaseOpening("C3301-20260302-000002", "330100-JB-002", "个体工商户登记", 1, RouteMode.PARALLEL,
                List.of(department), false, true, TODAY, NOW, "clerk-1", 0, 20, "applicant-1", "李四", "3301**********5678", department, department);
    }

    static ReviewCase openCase(RouteMode mode, String... departments) {
        ReviewCase reviewCase = ReviewCase.open(accepted(mode, departments), CALENDAR_2026, NOW);
        reviewCase.changes().clear();
        return reviewCase;
    }

    static ActingUser reviewer(String userId, String department) {
        return ActingUser.of(userId, department, "REVIEWER");
    }

    static ActingUser checker(String userId, String department) {
        return ActingUser.of(userId, department, "CHECKER");
    }

    /** The refusal a kernel exception carries, read back for assertions. */
    static Refusal refusalOf(Runnable command) {
        try {
            command.run();
        } catch (NotPermitted e) {
            return Refusal.forbidden(e.rule(), e.getMessage());
        } catch (StateConflict e) {
            return Refusal.conflict(e.rule(), e.getMessage());
        } catch (RuleViolation e) {
            return Refusal.invalid(e.first().field(), e.first().rule(), e.first().message());
        } catch (NotFound e) {
            return Refusal.notFound(e.resource(), e.id());
        }
        throw new AssertionError("expected a refusal");
    }

    /** Licence numbers from an in-memory sequence. */
    static final class Sequence {
        final AtomicLong next = new AtomicLong(41);

        long nextValue() {
            return next.incrementAndGet();
        }
    }
}

package org.onewindow.review.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.onewindow.platform.clock.OfficialCalendars;
import org.onewindow.platform.clock.WorkingDays;
import org.onewindow.platform.kernel.CaseNumber;
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

    /**
     * An opening as intake accepted it, read like the domain: by default a food licence case (食品经营许可, version 3)
     * accepted at the window on 2 Mar 2026, one MARKET task with 一审一核, promised 10 and statutory 20 working days.
     */
    static OpeningBuilder anOpening() {
        return new OpeningBuilder();
    }

    static CaseOpening accepted(RouteMode mode, String... departments) {
        return anOpening().route(mode, departments).build();
    }

    /** 即办件: one step without 一审一核, completed at the window by the accepting clerk. */
    static CaseOpening immediateAccepted(String department) {
        return anOpening().caseNumber("C3301-20260302-000002").item("330100-JB-002", "个体工商户登记", 1)
                .route(RouteMode.PARALLEL, department).withoutTwoPersonReview().immediate().limits(0, 20)
                .holder("李四", "3301**********5678").implementedBy(department).supervisedBy(department).build();
    }

    static final class OpeningBuilder {

        private String caseNumber = "C3301-20260302-000001";
        private String itemCode = "330100-SP-001";
        private String itemName = "食品经营许可";
        private int itemVersion = 3;
        private RouteMode mode = RouteMode.PARALLEL;
        private List<String> departments = List.of("MARKET");
        private boolean twoPersonReview = true;
        private boolean immediate;
        private LocalDate acceptedOn = TODAY;
        private String acceptedBy = "clerk-1";
        private int promisedLimit = 10;
        private int statutoryLimit = 20;
        private String holderName = "张三";
        private String holderMaskedId = "3301**********1234";
        private String implementingDepartment = "MARKET";
        private String supervisingDepartment = "MARKET-SUPERVISION";
        private JointHandling jointHandling;

        OpeningBuilder caseNumber(String number) {
            caseNumber = number;
            return this;
        }

        OpeningBuilder item(String code, String name, int version) {
            itemCode = code;
            itemName = name;
            itemVersion = version;
            return this;
        }

        OpeningBuilder route(RouteMode routeMode, String... routeDepartments) {
            mode = routeMode;
            departments = List.of(routeDepartments);
            return this;
        }

        OpeningBuilder withoutTwoPersonReview() {
            twoPersonReview = false;
            return this;
        }

        OpeningBuilder immediate() {
            immediate = true;
            return this;
        }

        OpeningBuilder acceptedOn(LocalDate day) {
            acceptedOn = day;
            return this;
        }

        OpeningBuilder limits(int promised, int statutory) {
            promisedLimit = promised;
            statutoryLimit = statutory;
            return this;
        }

        OpeningBuilder holder(String name, String maskedId) {
            holderName = name;
            holderMaskedId = maskedId;
            return this;
        }

        /** The department whose head approves an extension; null: the route's first. */
        OpeningBuilder implementedBy(String department) {
            implementingDepartment = department;
            return this;
        }

        OpeningBuilder supervisedBy(String department) {
            supervisingDepartment = department;
            return this;
        }

        /** The catalog's item version says the licence is handled jointly (联合办理). */
        OpeningBuilder joint(JointHandling handling) {
            jointHandling = handling;
            return this;
        }

        CaseOpening build() {
            return new CaseOpening(CaseNumber.of(caseNumber), itemCode, itemName, itemVersion, mode, departments,
                    twoPersonReview, immediate, acceptedOn, NOW, acceptedBy, promisedLimit, statutoryLimit, "applicant-1",
                    holderName, holderMaskedId, implementingDepartment, supervisingDepartment, jointHandling);
        }
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

    /** 本级人民政府负责人: belongs to no department of the route. */
    static ActingUser governmentHead(String userId) {
        return ActingUser.of(userId, "GOVERNMENT", "GOVERNMENT_HEAD");
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

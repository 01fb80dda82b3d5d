package org.onewindow.supervision.records.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.onewindow.platform.kernel.Actor;

/** Domain fixtures that read like the domain: {@code anApproval().handledBy("rev-1").build()}, {@code supervisor("sup-1")}. */
final class Fixtures {

    static final String DEPARTMENT = "MARKET";
    static final OffsetDateTime PUSHED_AT = OffsetDateTime.parse("2025-11-14T10:00:00+08:00");
    static final LocalDate DEADLINE = LocalDate.parse("2025-11-18");

    private Fixtures() {
    }

    static ApprovalBuilder anApproval() {
        return new ApprovalBuilder();
    }

    /** A record just pushed (its push event and audit line already taken away), handled by rev-1 and chk-1. */
    static SupervisionRecord aPushedRecord() {
        SupervisionRecord record = SupervisionRecord.push(UUID.randomUUID(),
                anApproval().handledBy("rev-1", "chk-1").build(), PUSHED_AT, DEADLINE, false);
        record.changes().clear();
        return record;
    }

    static Actor supervisor(String userId) {
        return staff(userId, DEPARTMENT, "SUPERVISOR");
    }

    static Actor inspector(String userId) {
        return staff(userId, DEPARTMENT, "INSPECTOR");
    }

    static Actor staff(String userId, String department, String... roles) {
        return new Actor(userId, "Staff " + userId, Set.of(roles), department, "C01");
    }

    /** A complete approval of ITEM-FOOD for the MARKET department unless told otherwise. */
    static final class ApprovalBuilder {

        private String caseNumber = "C01-20251114-0001";
        private String licenceNumber = "JY-0001";
        private String supervisingDepartment = DEPARTMENT;
        private List<String> participants = List.of();

        ApprovalBuilder caseNumber(String value) {
            caseNumber = value;
            return this;
        }

        ApprovalBuilder licenceNumber(String value) {
            licenceNumber = value;
            return this;
        }

        ApprovalBuilder supervisedBy(String department) {
            supervisingDepartment = department;
            return this;
        }

        ApprovalBuilder handledBy(String... userIds) {
            participants = List.of(userIds);
            return this;
        }

        Approval build() {
            return Approval.of(caseNumber, "ITEM-FOOD", "食品经营许可", licenceNumber, supervisingDepartment, "张三",
                    "1101**********001X", OffsetDateTime.parse("2025-11-13T15:00:00+08:00"), participants);
        }
    }
}

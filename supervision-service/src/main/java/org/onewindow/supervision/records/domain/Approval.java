package org.onewindow.supervision.records.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.kernel.ItemCode;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.UserId;
import org.onewindow.platform.kernel.Violation;

/**
 * The facts of one approval (准予许可) that supervision keeps: what was licensed, to whom (masked ID only) and
 * who handled it, so that none of them supervises it (审管分离).
 *
 * @param participants everyone who reviewed or checked the case
 */
public record Approval(CaseNumber caseNumber, ItemCode itemCode, String itemName, String licenceNumber,
                       DepartmentCode supervisingDepartment, String holderName, String holderMaskedIdNumber,
                       OffsetDateTime decidedAt, List<UserId> participants) {

    private static final String INCOMPLETE = "supervision.approval-incomplete";

    public Approval {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(itemCode, "itemCode");
        Objects.requireNonNull(licenceNumber, "licenceNumber");
        Objects.requireNonNull(supervisingDepartment, "supervisingDepartment");
        Objects.requireNonNull(holderName, "holderName");
        Objects.requireNonNull(decidedAt, "decidedAt");
        participants = participants == null ? List.of() : List.copyOf(participants);
        itemName = itemName == null ? "" : itemName;
        holderMaskedIdNumber = holderMaskedIdNumber == null ? "" : holderMaskedIdNumber;
    }

    /**
     * The approval as a decision event states it, in plain text.
     *
     * @throws RuleViolation naming every missing fact (rule {@code supervision.approval-incomplete})
     */
    public static Approval of(String caseNumber, String itemCode, String itemName, String licenceNumber,
                              String supervisingDepartment, String holderName, String holderMaskedIdNumber,
                              OffsetDateTime decidedAt, List<String> participants) {
        List<Violation> missing = new ArrayList<>();
        CaseNumber number = typed(missing, "caseNumber", caseNumber, CaseNumber::of);
        ItemCode item = typed(missing, "itemCode", itemCode, ItemCode::of);
        requireText(missing, "licenceNumber", licenceNumber);
        DepartmentCode department = typed(missing, "supervisingDepartment", supervisingDepartment, DepartmentCode::of);
        requireText(missing, "holderName", holderName);
        if (decidedAt == null) {
            missing.add(new Violation("decidedAt", INCOMPLETE, "an approval needs its decision time"));
        }
        List<UserId> handledBy = new ArrayList<>();
        for (String participant : participants == null ? List.<String>of() : participants) {
            handledBy.add(typed(missing, "participants", participant, UserId::of));
        }
        if (!missing.isEmpty()) {
            throw new RuleViolation(missing);
        }
        return new Approval(number, item, itemName, licenceNumber, department, holderName, holderMaskedIdNumber,
                decidedAt, handledBy);
    }

    /** The typed id, or null with a violation when the text is missing or no identifier (e.g. over 64 characters). */
    private static <T> T typed(List<Violation> missing, String field, String value, Function<String, T> id) {
        if (value == null || value.isBlank()) {
            missing.add(new Violation(field, INCOMPLETE, "an approval needs " + field));
            return null;
        }
        try {
            return id.apply(value);
        } catch (IllegalArgumentException malformed) {
            missing.add(new Violation(field, INCOMPLETE, malformed.getMessage()));
            return null;
        }
    }

    private static void requireText(List<Violation> missing, String field, String value) {
        if (value == null || value.isBlank()) {
            missing.add(new Violation(field, INCOMPLETE, "an approval needs " + field));
        }
    }
}

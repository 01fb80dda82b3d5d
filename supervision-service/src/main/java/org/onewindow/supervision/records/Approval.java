package org.onewindow.supervision.records;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.Violation;

/**
 * The facts of one approval (准予许可) that supervision keeps: what was licensed, to whom (masked ID only) and
 * who handled it, so that none of them supervises it (审管分离).
 *
 * @param participants user ids of everyone who reviewed or checked the case
 * @throws RuleViolation naming every missing fact (rule {@code supervision.approval-incomplete})
 */
public record Approval(String caseNumber, String itemCode, String itemName, String licenceNumber,
                       String supervisingDepartment, String holderName, String holderMaskedIdNumber,
                       OffsetDateTime decidedAt, List<String> participants) {

    private static final String INCOMPLETE = "supervision.approval-incomplete";

    public Approval {
        participants = participants == null ? List.of() : List.copyOf(participants);
        List<Violation> missing = new ArrayList<>();
        requireText(missing, "caseNumber", caseNumber);
        requireText(missing, "itemCode", itemCode);
        requireText(missing, "licenceNumber", licenceNumber);
        requireText(missing, "supervisingDepartment", supervisingDepartment);
        requireText(missing, "holderName", holderName);
        if (decidedAt == null) {
            missing.add(new Violation("decidedAt", INCOMPLETE, "an approval needs its decision time"));
        }
        if (!missing.isEmpty()) {
            throw new RuleViolation(missing);
        }
        itemName = itemName == null ? "" : itemName;
        holderMaskedIdNumber = holderMaskedIdNumber == null ? "" : holderMaskedIdNumber;
    }

    private static void requireText(List<Violation> missing, String field, String value) {
        if (value == null || value.isBlank()) {
            missing.add(new Violation(field, INCOMPLETE, "an approval needs " + field));
        }
    }
}

package org.onewindow.supervision.records.domain;

import org.onewindow.platform.kernel.StateConflict;

/**
 * After a licence is revoked (撤销 / 吊销) its record is read only: every command on it, whoever sends it, is a
 * conflict ({@code supervision.licence-revoked}). One rule that every record command asks, after the check of who
 * may act (a stranger learns nothing about the record from a 409) and before anything is changed.
 */
public final class RevokedLicence {

    public static final String RULE = "supervision.licence-revoked";

    private RevokedLicence() {
    }

    /** @throws StateConflict ({@value #RULE}) when the record's licence is REVOKED */
    static void refuse(SupervisionRecord record, String command) {
        if (record.licenceStatus() == LicenceStatus.REVOKED) {
            throw new StateConflict(RULE, "licence " + record.licenceNumber() + " of case " + record.caseNumber()
                    + " is REVOKED; its supervision record is read only (" + command + " refused)");
        }
    }
}

package org.onewindow.intake.applications.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The dated paper the front desk hands out: 受理回执 (acceptance, with limits and materials still owed),
 * 一次性告知书 (notice, with everything missing) or 不予受理决定书 (refusal, with reasons).
 */
public record Receipt(Kind kind, String caseNumber, String itemCode, String itemName, LocalDate issuedOn,
                      Integer promisedLimitDays, Integer statutoryLimitDays, List<String> deferredMaterials,
                      List<MissingMaterial> missing, LocalDate dueOn, List<Reason> reasons) {

    public enum Kind {
        /** 受理回执 */
        ACCEPTANCE,
        /** 一次性告知书 */
        NOTICE,
        /** 不予受理决定书 */
        REFUSAL
    }
}

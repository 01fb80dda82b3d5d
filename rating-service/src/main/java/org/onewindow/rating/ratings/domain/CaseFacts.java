package org.onewindow.rating.ratings.domain;

import java.util.Objects;

import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.kernel.CentreCode;
import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.kernel.ItemCode;
import org.onewindow.platform.kernel.UserId;

/**
 * What an intake event tells rating about a case: who may rate it and what statistics group it by.
 *
 * @param applicant the applicant's account; null when the applicant has none (then only the agent rates)
 * @param agent     the village agent (代办员) who applied for the applicant; null when none
 */
public record CaseFacts(CaseNumber caseNumber, ItemCode itemCode, DepartmentCode implementingDepartment,
                        CentreCode centreCode, UserId applicant, UserId agent) {

    public CaseFacts {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(itemCode, "itemCode");
        Objects.requireNonNull(implementingDepartment, "implementingDepartment");
        Objects.requireNonNull(centreCode, "centreCode");
    }
}

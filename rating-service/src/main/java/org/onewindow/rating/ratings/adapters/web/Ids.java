package org.onewindow.rating.ratings.adapters.web;

import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.kernel.NotFound;

/**
 * Case numbers as the API receives them: a string that cannot be a case number (blank, surrounding blanks, too
 * long) names no case, so it is answered as an unknown case (404), as before typed ids.
 */
final class Ids {

    private Ids() {
    }

    static boolean valid(String caseNumber) {
        try {
            CaseNumber.of(caseNumber);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static CaseNumber caseNumberOrNotFound(String caseNumber) {
        if (!valid(caseNumber)) {
            throw new NotFound("case", caseNumber);
        }
        return CaseNumber.of(caseNumber);
    }
}

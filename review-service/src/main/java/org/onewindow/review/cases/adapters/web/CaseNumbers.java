package org.onewindow.review.cases.adapters.web;

import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.kernel.NotFound;

/** A case number from a path: one that cannot be a case number names no case (404, as before typed ids). */
final class CaseNumbers {

    private CaseNumbers() {
    }

    static CaseNumber fromPath(String value) {
        try {
            return CaseNumber.of(value);
        } catch (IllegalArgumentException e) {
            throw new NotFound("case", value);
        }
    }
}

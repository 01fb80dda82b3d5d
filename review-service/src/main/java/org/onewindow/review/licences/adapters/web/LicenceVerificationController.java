package org.onewindow.review.licences.adapters.web;

import java.time.LocalDate;

import org.onewindow.platform.kernel.NotFound;
import org.onewindow.review.cases.domain.LicenceStatus;
import org.onewindow.review.licences.application.LicenceService;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 证照核验 without a token: integrators and anyone holding the printed licence check it by number and 防伪码. Licence
 * numbers are sequential, so a missing or wrong code answers exactly like an unknown number (404 {@code licence}):
 * the number alone never confirms that a licence exists. Public fields only.
 */
@RestController
public record LicenceVerificationController(LicenceService licences) {

    /** @param holderName an organisation's name; a person's masked ({@code 张*}) */
    public record LicenceVerificationView(String number, String itemCode, String itemName, String holderName,
                                          String issuingDepartment, LocalDate validFrom, LocalDate validUntil,
                                          LicenceStatus status) {
    }

    @GetMapping("/api/review/v1/licences/{number}")
    public ResponseEntity<LicenceVerificationView> verifyLicence(@PathVariable String number,
                                                                 @RequestParam(required = false) String code) {
        var verified = licences.verify(number, code).orElseThrow(() -> new NotFound("licence", number));
        // a suspension or revocation must show at once: never cached
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new LicenceVerificationView(verified.number(), verified.itemCode(), verified.itemName(),
                        verified.holderName(), verified.department(), verified.validFrom(), verified.validUntil(),
                        verified.status()));
    }
}

package org.onewindow.review.licences.domain;

import java.time.LocalDate;

/**
 * What the licence document prints (data in for {@code LicencePdf}).
 *
 * @param department       the issuing department (发证机关), as the decision names it
 * @param verificationCode the plain 防伪码, printed once and never stored
 * @param verificationUrl  what the QR code encodes: the public verification endpoint with the code
 */
public record LicenceContent(String number, String itemCode, String itemName, String holderName,
                             String holderMaskedIdNumber, String department, LocalDate validFrom, LocalDate validUntil,
                             LocalDate issuedOn, String verificationCode, String verificationUrl) {
}

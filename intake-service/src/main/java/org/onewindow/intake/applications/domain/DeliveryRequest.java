package org.onewindow.intake.applications.domain;

/**
 * What a clerk (or a system) records when handing out a result; which field is required depends on the method
 * ({@link Application#deliver}). A null method is the applicant's preference from the submission.
 */
public record DeliveryRequest(DeliveryMethod method, String trackingNumber, String collectedBy, String licenceNumber) {

    public static DeliveryRequest asPreferred() {
        return new DeliveryRequest(null, null, null, null);
    }
}

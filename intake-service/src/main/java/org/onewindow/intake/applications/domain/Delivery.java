package org.onewindow.intake.applications.domain;

import java.time.OffsetDateTime;

/**
 * 出件: how and when the result was handed out, and what the method records.
 *
 * @param trackingNumber the EMS tracking number (MAIL); null otherwise
 * @param collectedBy    who collected it at the window (WINDOW_PICKUP): personal data, never in events or tracking
 * @param licenceNumber  the electronic licence's number (ELECTRONIC); null otherwise
 * @param late           delivered after Art. 44's licence due date (false without one, and for deliveries stored
 *                       before issue 10)
 */
public record Delivery(DeliveryMethod method, String trackingNumber, String collectedBy, String licenceNumber,
                       boolean late, OffsetDateTime deliveredAt, String deliveredBy) {

    /** The reference others may see: the tracking number or the electronic licence's number; null for a pick-up. */
    public String reference() {
        return switch (method) {
            case MAIL -> trackingNumber;
            case ELECTRONIC -> licenceNumber;
            case WINDOW_PICKUP, DOOR_DELIVERY -> null;
        };
    }
}

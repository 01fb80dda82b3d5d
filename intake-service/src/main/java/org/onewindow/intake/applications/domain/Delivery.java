package org.onewindow.intake.applications.domain;

import java.time.OffsetDateTime;

/** 出件: how and when the result was handed out. */
public record Delivery(DeliveryMethod method, String trackingNumber, OffsetDateTime deliveredAt, String deliveredBy) {
}

package org.onewindow.intake.applications;

import java.time.OffsetDateTime;

import org.onewindow.contracts.intake.ResultDelivered.DeliveryMethod;

/** 出件: how and when the result was handed out. */
public record Delivery(DeliveryMethod method, String trackingNumber, OffsetDateTime deliveredAt, String deliveredBy) {
}

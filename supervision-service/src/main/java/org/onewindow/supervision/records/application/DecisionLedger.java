package org.onewindow.supervision.records.application;

import java.time.OffsetDateTime;

import org.onewindow.contracts.review.DecisionMade;

/**
 * Every decision seen (approvals and rejections), once per case, for reconciliation (invariant 2). A ledger of what
 * arrived, not an aggregate: nothing in it changes, nobody is told, it is written in the consumed event's inbox
 * transaction together with the record the approval creates.
 */
public interface DecisionLedger {

    void note(DecisionMade decision, String eventId, OffsetDateTime seenAt);
}

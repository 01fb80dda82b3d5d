package org.onewindow.monitor.alerts.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.onewindow.monitor.alerts.domain.Finding;

/**
 * The read model asked for cases breaking each rule, leaving out cases that already have that rule's alert (so a
 * scan's cost follows new findings, not history). Rules whose facts come from different topics look only at facts
 * seen before {@code seenBefore} (now minus the grace period): events of different topics may arrive in any order,
 * so an absence counts only once the other topic had time to deliver.
 */
public interface RuleCandidates {

    List<Finding> pastStatutoryDeadline(LocalDate today);

    List<Finding> stepsPastDeadline(LocalDate today);

    List<Finding> refusalsWithoutReasons();

    /** Approvals seen before {@code seenBefore} without any supervision record; the push limit is checked by the caller. */
    List<UnpushedApproval> approvalsWithoutPush(Instant seenBefore);

    List<Finding> unclaimedPastDeadline(LocalDate today);

    List<Finding> overdueRectifications(LocalDate today);

    List<Finding> supervisorAlsoDecided();

    List<Finding> decidedWithoutAcceptance(Instant seenBefore);

    List<Finding> deliveryMismatches();

    /** An approval not pushed yet, with the day it was decided (Asia/Shanghai). */
    record UnpushedApproval(Finding finding, LocalDate decidedOn) {
    }
}

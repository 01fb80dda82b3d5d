package org.onewindow.invariants;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;

import org.onewindow.contracts.rating.RatingSubmitted.Stage;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.Outcome;
import org.onewindow.contracts.supervision.LicenceActionTaken;
import org.onewindow.contracts.supervision.SupervisionRecordPushed;
import org.onewindow.invariants.CaseHistory.Logged;
import org.onewindow.invariants.Violation.Kind;

/**
 * The six invariants of DESIGN.md §4 over the case histories of the public topics, completed by what the services
 * show through the monitor's API. Plain Java: the rules are here, reading topics and APIs is elsewhere.
 *
 * <p>A follow-up still under way is not a loss: an effect is only reported missing when its cause was logged more
 * than {@code grace} before the check (0 after a quiet period, as the chaos run does).
 */
public final class InvariantChecker {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final MonitorApi api;
    private final Duration grace;
    private final int apiConcurrency;

    public InvariantChecker(MonitorApi api, Duration grace, int apiConcurrency) {
        this.api = api;
        this.grace = grace;
        this.apiConcurrency = Math.max(1, apiConcurrency);
    }

    public InvariantReport check(EventLog.Snapshot snapshot, Instant checkedAt) {
        Map<String, CaseHistory> cases = CaseHistory.of(snapshot.events());
        var reconciliation = api.reconciliation();
        LocalDate today = reconciliation.map(MonitorApi.SupervisionReconciliation::today)
                .orElse(LocalDate.ofInstant(checkedAt, ZONE));
        Instant settledBefore = checkedAt.minus(grace);
        List<Violation> found = new ArrayList<>();
        for (CaseHistory history : cases.values()) {
            new CaseCheck(history, today, settledBefore, found::add).run();
        }
        reconciliation.ifPresent(r -> mergeSupervisionReport(r, cases, settledBefore, found));
        if (api.available()) {
            found.addAll(downstream(cases.values(), settledBefore));
        }
        return new InvariantReport(checkedAt, today, counts(cases.values(), snapshot), distinctSorted(found),
                snapshot.deadLetters(), reconciliation.orElse(null));
    }

    /** Supervision's own report: an approval it saw without a record, a record overdue and not escalated. */
    private static void mergeSupervisionReport(MonitorApi.SupervisionReconciliation report, Map<String, CaseHistory> cases,
                                               Instant settledBefore, List<Violation> found) {
        for (String caseNumber : report.approvalsWithoutRecord()) {
            CaseHistory history = cases.get(caseNumber);
            boolean settled = history == null || history.decisions.stream().allMatch(d -> d.loggedAt().isBefore(settledBefore));
            if (settled) {
                found.add(new Violation(2, caseNumber, Kind.MISSING,
                        "supervision's reconciliation: approval seen, no supervision record"));
            }
        }
        for (String caseNumber : report.overdueNotEscalated()) {
            found.add(new Violation(2, caseNumber, Kind.LATE,
                    "supervision's reconciliation: record unclaimed past its claim deadline and not escalated"));
        }
    }

    /** What the services show: rating's open stages, intake's decision, the licence status on both sides. */
    private List<Violation> downstream(Collection<CaseHistory> cases, Instant settledBefore) {
        ConcurrentLinkedQueue<Violation> found = new ConcurrentLinkedQueue<>();
        Semaphore permits = new Semaphore(apiConcurrency);
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (CaseHistory history : cases) {
                executor.submit(() -> {
                    permits.acquireUninterruptibly();
                    try {
                        downstream(history, settledBefore, found);
                    } finally {
                        permits.release();
                    }
                });
            }
        }
        return List.copyOf(found);
    }

    private void downstream(CaseHistory c, Instant settledBefore, Collection<Violation> found) {
        String n = c.caseNumber();
        boolean acceptanceSettled = c.accepted.stream().anyMatch(a -> a.loggedAt().isBefore(settledBefore));
        boolean completionSettled = c.delivered.stream().anyMatch(d -> d.loggedAt().isBefore(settledBefore));
        if (acceptanceSettled || completionSettled) {
            Set<Stage> open = api.ratingStagesOpen(n);
            if (acceptanceSettled && !open.contains(Stage.ACCEPTANCE)) {
                found.add(new Violation(4, n, Kind.MISSING, "rating never opened stage ACCEPTANCE although intake "
                        + "accepted the case: the applicant cannot rate it (rating lost intake.ApplicationAccepted)"));
            }
            if (completionSettled && !open.contains(Stage.COMPLETION)) {
                found.add(new Violation(4, n, Kind.MISSING, "rating never opened stage COMPLETION although intake "
                        + "delivered the result: the applicant cannot rate it (rating lost intake.ResultDelivered)"));
            }
        }
        Logged<DecisionMade> decision = c.decisions.isEmpty() ? null : c.decisions.getFirst();
        LicenceActionTaken.Action action = finalAction(c);
        boolean decisionSettled = decision != null && decision.loggedAt().isBefore(settledBefore);
        boolean actionSettled = action != null && c.licenceActions.stream().allMatch(a -> a.loggedAt().isBefore(settledBefore));
        if ((decisionSettled && !c.delivered()) || actionSettled) {
            MonitorApi.IntakeDecision intake = api.intakeDecision(n);
            if (decisionSettled && !c.delivered()) {
                DecisionMade d = decision.event();
                if (intake == null) {
                    found.add(new Violation(3, n, Kind.MISSING,
                            "intake shows no decision although review decided " + d.outcome() + " (intake lost review.DecisionMade)"));
                } else if (!intake.outcome().equals(d.outcome().name())
                        || !Objects.equals(intake.licenceNumber(), d.licenceNumber())) {
                    found.add(new Violation(3, n, Kind.MISMATCH, "intake shows " + intake.outcome() + " "
                            + intake.licenceNumber() + ", review decided " + d.outcome() + " " + d.licenceNumber()));
                }
            }
            if (actionSettled) {
                String expected = expectedStatus(action);
                String intakeStatus = intake == null ? null : intake.licenceStatus();
                if (!expected.equals(intakeStatus)) {
                    found.add(new Violation(5, n, Kind.MISSING, "intake shows the licence " + intakeStatus
                            + " although supervision took " + action + " (expected " + expected + ")"));
                }
                String reviewStatus = api.reviewLicenceStatus(n);
                if (!expected.equals(reviewStatus)) {
                    found.add(new Violation(5, n, Kind.MISSING, "review shows the licence " + reviewStatus
                            + " although supervision took " + action + " (expected " + expected + ")"));
                }
            }
        }
    }

    /** REVOKE is final; otherwise the latest SUSPEND counts; RECTIFY leaves the licence valid. */
    static LicenceActionTaken.Action finalAction(CaseHistory c) {
        List<LicenceActionTaken> actions = c.licenceActions.stream().map(Logged::event)
                .filter(a -> a.action() != LicenceActionTaken.Action.RECTIFY).toList();
        if (actions.stream().anyMatch(a -> a.action() == LicenceActionTaken.Action.REVOKE)) {
            return LicenceActionTaken.Action.REVOKE;
        }
        return actions.isEmpty() ? null : LicenceActionTaken.Action.SUSPEND;
    }

    private static String expectedStatus(LicenceActionTaken.Action action) {
        return action == LicenceActionTaken.Action.REVOKE ? "REVOKED" : "SUSPENDED";
    }

    private static InvariantReport.Counts counts(Collection<CaseHistory> cases, EventLog.Snapshot snapshot) {
        return new InvariantReport.Counts(
                count(cases, CaseHistory::submitted),
                count(cases, CaseHistory::accepted),
                count(cases, c -> !c.notAccepted.isEmpty()),
                count(cases, c -> !c.opened.isEmpty()),
                count(cases, CaseHistory::decided),
                count(cases, CaseHistory::approved),
                count(cases, CaseHistory::pushed),
                count(cases, c -> !c.claimed.isEmpty()),
                count(cases, c -> !c.escalated.isEmpty()),
                count(cases, CaseHistory::delivered),
                count(cases, c -> c.rated(Stage.ACCEPTANCE)),
                count(cases, c -> c.rated(Stage.COMPLETION)),
                cases.stream().mapToLong(c -> c.licenceActions.size()).sum(),
                snapshot.records(), snapshot.redelivered(), snapshot.unreadable());
    }

    private static long count(Collection<CaseHistory> cases, java.util.function.Predicate<CaseHistory> which) {
        return cases.stream().filter(which).count();
    }

    /** One violation per invariant, case, kind and reason; ordered for reading. */
    private static List<Violation> distinctSorted(List<Violation> found) {
        return new ArrayList<>(new LinkedHashSet<>(found)).stream()
                .sorted(Comparator.comparingInt(Violation::invariant).thenComparing(Violation::caseNumber)
                        .thenComparing(Violation::kind))
                .toList();
    }

    /** The event rules of one case. */
    private record CaseCheck(CaseHistory c, LocalDate today, Instant settledBefore,
                             java.util.function.Consumer<Violation> report) {

        void run() {
            one();
            two();
            three();
            four();
            five();
            six();
        }

        private void violation(int invariant, Kind kind, String reason) {
            report.accept(new Violation(invariant, c.caseNumber(), kind, reason));
        }

        private boolean settled(List<? extends Logged<?>> causes) {
            return causes.stream().anyMatch(l -> l.loggedAt().isBefore(settledBefore));
        }

        /** 1. Every accepted application has exactly one review case. */
        private void one() {
            if (c.accepted.size() > 1) {
                violation(1, Kind.DUPLICATE, "intake accepted the application " + c.accepted.size() + " times");
            }
            if (!c.accepted.isEmpty() && c.opened.isEmpty() && settled(c.accepted)) {
                violation(1, Kind.MISSING, "accepted by intake, but review opened no case (review lost intake.ApplicationAccepted)");
            }
            if (c.opened.size() > 1) {
                violation(1, Kind.DUPLICATE, "review opened " + c.opened.size() + " cases for one application");
            }
            if (!c.opened.isEmpty() && c.accepted.isEmpty()) {
                violation(1, Kind.MISMATCH, c.notAccepted.isEmpty()
                        ? "review opened a case for an application intake never accepted"
                        : "review opened a case for an application intake refused");
            }
        }

        /** 2. Every approval has exactly one supervision record, claimed or escalated by its deadline. */
        private void two() {
            boolean approved = c.approved();
            Set<Object> records = c.pushed.stream().map(p -> (Object) p.event().recordId()).collect(Collectors.toSet());
            if (approved && c.pushed.isEmpty() && settled(c.decisions)) {
                violation(2, Kind.MISSING, "approved by review, but supervision pushed no record (supervision lost review.DecisionMade)");
            }
            if (c.pushed.size() > 1) {
                violation(2, Kind.DUPLICATE, "supervision pushed " + c.pushed.size() + " records for one approval"
                        + (records.size() > 1 ? " (" + records.size() + " distinct record ids)" : ""));
            }
            if (!c.pushed.isEmpty() && !approved) {
                violation(2, Kind.MISMATCH, c.decided() ? "supervision record for a rejection" : "supervision record without a decision");
            }
            String licence = c.decisions.stream().map(d -> d.event().licenceNumber()).filter(Objects::nonNull)
                    .findFirst().orElse(null);
            for (Logged<SupervisionRecordPushed> pushed : c.pushed) {
                if (licence != null && !licence.equals(pushed.event().licenceNumber())) {
                    violation(2, Kind.MISMATCH, "record pushed with licence " + pushed.event().licenceNumber()
                            + ", review issued " + licence);
                }
                LocalDate deadline = pushed.event().claimDeadline();
                boolean claimedInTime = c.claimed.stream().anyMatch(cl -> cl.event().recordId().equals(pushed.event().recordId())
                        && !LocalDate.ofInstant(cl.event().claimedAt().toInstant(), ZONE).isAfter(deadline));
                boolean escalated = c.escalated.stream().anyMatch(e -> e.event().recordId().equals(pushed.event().recordId()));
                if (!claimedInTime && !escalated && today.isAfter(deadline)) {
                    violation(2, Kind.LATE, "record " + pushed.event().recordId() + " neither claimed by its deadline "
                            + deadline + " nor escalated");
                }
            }
            if (c.claimed.size() > 1) {
                violation(2, Kind.DUPLICATE, "the record was claimed " + c.claimed.size() + " times");
            }
        }

        /** 3. Every delivered result matches the review decision (licence number, outcome). */
        private void three() {
            if (c.decisions.size() > 1) {
                violation(3, Kind.DUPLICATE, "review decided the case " + c.decisions.size() + " times");
            }
            if (c.delivered.size() > 1) {
                violation(3, Kind.DUPLICATE, "intake delivered the result " + c.delivered.size() + " times");
            }
            if (!c.delivered.isEmpty() && c.decisions.isEmpty()) {
                violation(3, Kind.MISMATCH, "intake delivered a result review never decided");
                return;
            }
            for (var delivered : c.delivered) {
                DecisionMade decision = c.decisions.getFirst().event();
                Outcome outcome = delivered.event().outcome();
                String licence = delivered.event().licenceNumber();
                if (outcome != decision.outcome() || !Objects.equals(licence, decision.licenceNumber())) {
                    violation(3, Kind.MISMATCH, "delivered " + outcome + " " + licence + ", review decided "
                            + decision.outcome() + " " + decision.licenceNumber());
                }
            }
        }

        /** 4. At most one rating per case and stage, and only for a case that reached that stage. */
        private void four() {
            Map<Stage, Long> perStage = c.ratings.stream()
                    .collect(Collectors.groupingBy(r -> r.event().stage(), Collectors.counting()));
            perStage.forEach((stage, n) -> {
                if (n > 1) {
                    violation(4, Kind.DUPLICATE, n + " ratings of stage " + stage);
                }
            });
            if (perStage.containsKey(Stage.ACCEPTANCE) && c.accepted.isEmpty()) {
                violation(4, Kind.MISMATCH, "rated at stage ACCEPTANCE, but intake never accepted the case");
            }
            if (perStage.containsKey(Stage.COMPLETION) && c.delivered.isEmpty()) {
                violation(4, Kind.MISMATCH, "rated at stage COMPLETION, but intake never delivered the result");
            }
        }

        /** 5. A licence action concerns the case's licence (whether both sides show it is checked over the API). */
        private void five() {
            String licence = c.decisions.stream().map(d -> d.event().licenceNumber()).filter(Objects::nonNull)
                    .findFirst().orElse(null);
            for (var action : c.licenceActions) {
                if (licence == null) {
                    violation(5, Kind.MISMATCH, "licence action " + action.event().action() + " on a case without an approval");
                } else if (!licence.equals(action.event().licenceNumber())) {
                    violation(5, Kind.MISMATCH, "licence action on " + action.event().licenceNumber()
                            + ", the case's licence is " + licence);
                }
            }
        }

        /** 6. 审管分离: nobody who reviewed or checked the case supervises its record. */
        private void six() {
            Set<String> handlers = new HashSet<>();
            c.decisions.forEach(d -> handlers.addAll(d.event().participants()));
            c.tasks.forEach(t -> {
                handlers.add(t.event().reviewerId());
                if (t.event().checkerId() != null) {
                    handlers.add(t.event().checkerId());
                }
            });
            c.claimed.stream().map(cl -> cl.event().claimedBy()).filter(handlers::contains).distinct()
                    .forEach(user -> violation(6, Kind.SEPARATION, user + " claimed the supervision record but reviewed or checked the case"));
            c.licenceActions.stream().map(a -> a.event().takenBy()).filter(handlers::contains).distinct()
                    .forEach(user -> violation(6, Kind.SEPARATION, user + " took a licence action but reviewed or checked the case"));
        }
    }
}

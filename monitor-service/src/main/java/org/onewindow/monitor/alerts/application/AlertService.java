package org.onewindow.monitor.alerts.application;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.onewindow.monitor.alerts.domain.Alert;
import org.onewindow.monitor.alerts.domain.AlertEvent;
import org.onewindow.monitor.alerts.domain.AlertIds;
import org.onewindow.monitor.alerts.domain.AlertStatus;
import org.onewindow.monitor.alerts.domain.Finding;
import org.onewindow.monitor.alerts.domain.Rule;
import org.onewindow.platform.calendar.CalendarReplica;
import org.onewindow.platform.clock.ChinaTime;
import org.onewindow.platform.commands.Command;
import org.onewindow.platform.commands.CommandPath;
import org.onewindow.platform.commands.IfMatch;
import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.onewindow.platform.messaging.ScheduledScan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 电子监察: the scan that raises alerts, and the MONITOR's acknowledge and resolve. Every rule is checked by the
 * scan (not while consuming), so one code path raises every alert, whatever order the events came in: once per case
 * and rule, with the deterministic id of {@link AlertIds}, published on {@code monitor.alerts} through the outbox
 * in the transaction that stores it.
 */
public class AlertService {

    private static final Logger log = LoggerFactory.getLogger(AlertService.class);
    static final AuditActor SYSTEM = AuditActor.system("monitor");

    private final CommandPath<UUID, Alert, AlertEvent> path;
    private final Alerts alerts;
    private final RuleCandidates candidates;
    private final ScanLock lock;
    private final TransactionTemplate transaction;
    private final CalendarReplica calendar;
    private final Clock clock;
    private final ScanTerms terms;
    private final ReadModelProgress progress;
    private final AlertFeed feed;
    private final TransactionTemplate eachFinding;

    public AlertService(CommandPath<UUID, Alert, AlertEvent> path, Alerts alerts, RuleCandidates candidates,
                        ScanLock lock, TransactionTemplate transaction, CalendarReplica calendar, Clock clock,
                        ScanTerms terms, ReadModelProgress progress, AlertFeed feed) {
        this.path = path;
        this.alerts = alerts;
        this.candidates = candidates;
        this.lock = lock;
        this.transaction = transaction;
        this.calendar = calendar;
        this.clock = clock;
        this.terms = terms;
        this.progress = progress;
        this.feed = feed;
        this.eachFinding = new TransactionTemplate(transaction.getTransactionManager());
        this.eachFinding.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * One scan: every rule, every new finding raised. One transaction under an advisory lock, so with several
     * instances exactly one scans at a time; the others return 0 at once (and the alert's deterministic id, its
     * primary key, would refuse a second one anyway). A finding that fails is rolled back to its savepoint alone. A read model still catching up with the
     * topics is not judged ({@link ReadModelProgress}): the scan waits for the next round.
     *
     * @return the number of alerts raised
     */
    public int scan() {
        if (!progress.caughtUp()) {
            log.debug("电子监察 scan skipped: the read model is still catching up with the topics");
            return 0;
        }
        Integer raised = transaction.execute(status -> {
            if (!lock.tryLockForTransaction()) {
                return 0;
            }
            // each finding in a savepoint: one that fails is logged and rolled back alone, the others are raised
            return ScheduledScan.each("alert-scan", findings(),
                    finding -> Boolean.TRUE.equals(eachFinding.execute(s -> raise(finding))) ? 1 : 0,
                    finding -> finding.rule() + " on case " + finding.caseNumber());
        });
        return raised == null ? 0 : raised;
    }

    private List<Finding> findings() {
        LocalDate today = ChinaTime.today(clock);
        Instant seenBefore = clock.instant().minus(terms.grace());
        List<Finding> found = new ArrayList<>();
        found.addAll(candidates.refusalsWithoutReasons());
        found.addAll(candidates.pastStatutoryDeadline(today));
        found.addAll(candidates.stepsPastDeadline(today));
        for (RuleCandidates.UnpushedApproval approval : candidates.approvalsWithoutPush(seenBefore)) {
            if (pushDeadline(approval.decidedOn()).isBefore(today)) {
                found.add(approval.finding());
            }
        }
        found.addAll(candidates.unclaimedPastDeadline(today));
        found.addAll(candidates.overdueRectifications(today));
        found.addAll(candidates.supervisorAlsoDecided());
        found.addAll(candidates.decidedWithoutAcceptance(seenBefore));
        found.addAll(candidates.deliveryMismatches());
        return found;
    }

    /** Raises the finding's alert unless it exists; true when raised now. */
    boolean raise(Finding finding) {
        if (alerts.exists(AlertIds.of(finding.rule(), finding.caseNumber()))) {
            return false;
        }
        Alert alert = path.create(Command.of("raise", SYSTEM), () -> Alert.raise(finding, clock.instant(), SYSTEM));
        feed.raised(alert);
        return true;
    }

    /** The last working day of the push limit; weekdays only when the calendar has no year for it yet. */
    LocalDate pushDeadline(LocalDate decidedOn) {
        try {
            return calendar.workingDays().deadline(decidedOn, terms.pushWorkingDays());
        } catch (RuntimeException noCalendarYet) {
            LocalDate day = decidedOn;
            for (int left = terms.pushWorkingDays(); left > 0; ) {
                day = day.plusDays(1);
                if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    left--;
                }
            }
            return day;
        }
    }

    public Alert acknowledge(UUID id, Actor actor, String ifMatch) {
        AuditActor by = AuditActor.of(actor, "MONITOR");
        return path.change(id, Command.<Alert>of("acknowledge", by).ifMatch(ifMatch, IfMatch.WHEN_GIVEN),
                alert -> alert.acknowledge(by, clock.instant()));
    }

    public Alert resolve(UUID id, Actor actor, String ifMatch) {
        AuditActor by = AuditActor.of(actor, "MONITOR");
        return path.change(id, Command.<Alert>of("resolve", by).ifMatch(ifMatch, IfMatch.WHEN_GIVEN),
                alert -> alert.resolve(by, clock.instant()));
    }

    public Alert find(UUID id) {
        return alerts.find(id).orElseThrow(() -> new NotFound("alert", id.toString()));
    }

    public PageResult<Alert> list(AlertStatus status, Rule rule, String department, PageQuery page) {
        return alerts.list(status, rule, department, page);
    }
}

package org.onewindow.review.cases.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import org.onewindow.contracts.catalog.CalendarPublished;
import org.onewindow.platform.calendar.CalendarReplica;
import org.onewindow.platform.calendar.MissingCalendarYears;
import org.onewindow.platform.clock.ChinaTime;
import org.onewindow.platform.commands.Command;
import org.onewindow.platform.commands.CommandPath;
import org.onewindow.platform.commands.IfMatch;
import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.review.cases.domain.ActingForPolicies;
import org.onewindow.review.cases.domain.ActingUser;
import org.onewindow.review.cases.domain.CaseOpening;
import org.onewindow.review.cases.domain.CaseStatus;
import org.onewindow.review.cases.domain.JointHandling;
import org.onewindow.review.cases.domain.LicenceStatus;
import org.onewindow.review.cases.domain.OpinionRequest;
import org.onewindow.review.cases.domain.PauseKind;
import org.onewindow.review.cases.domain.ReviewCase;
import org.onewindow.review.cases.domain.ReviewEvent;
import org.onewindow.review.cases.domain.SupplementMaterial;
import org.onewindow.review.config.ReviewProperties;
import org.onewindow.review.licences.application.LicenceService;
import org.onewindow.review.licences.domain.HolderKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review commands, each on the one command path: the case is loaded under its row lock with its version (and
 * its tasks' versions), the client's {@code If-Match} is checked when given (against the task's version for an
 * opinion or a deputy, else the case's), the domain applies the command, and the case, its events and its audit
 * entries are stored in one transaction. Consumed events and the warning scan take the same path.
 */
@Service
public class ReviewCaseService {

    private static final Logger log = LoggerFactory.getLogger(ReviewCaseService.class);

    /** What review records for a consumed event or the warning scan. */
    static final AuditActor REVIEW = AuditActor.system("review");

    private final CommandPath<CaseNumber, ReviewCase, ReviewEvent> path;
    private final ReviewCases cases;
    private final CalendarReplica calendar;
    private final ReviewProperties properties;
    private final Clock clock;
    private final StaffDirectory staff;
    private final ItemHandlings items;
    private final MissingCalendarYears missingYears;
    private final LicenceService licences;
    private final TransactionTemplate transaction;

    public ReviewCaseService(CommandPath<CaseNumber, ReviewCase, ReviewEvent> path, ReviewCases cases,
                             CalendarReplica calendar, ReviewProperties properties, Clock clock, StaffDirectory staff,
                             ItemHandlings items, MissingCalendarYears missingYears, LicenceService licences,
                             PlatformTransactionManager transactions) {
        this.path = path;
        this.cases = cases;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
        this.staff = staff;
        this.items = items;
        this.missingYears = missingYears;
        this.licences = licences;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Invariant 1: exactly one case per case number; a duplicate acceptance (even under a new event id) is ignored.
     * Runs in the inbox transaction of the consumed {@code ApplicationAccepted}.
     */
    public void open(CaseOpening opening) {
        open(opening, null);
    }

    /** {@link #open(CaseOpening)}, remembering whether the holder is a person or an organisation (the licence's). */
    public void open(CaseOpening opening, HolderKind holderKind) {
        licences.holderKnown(opening.caseNumber(), holderKind);
        if (cases.exists(opening.caseNumber())) {
            log.info("case {} already has a review case; duplicate acceptance ignored", opening.caseNumber());
            return;
        }
        // joint handling is the item version's (catalog), never guessed from the number of departments
        CaseOpening handled = items.jointHandling(opening.itemCode(), opening.itemVersion())
                .map(opening::withJointHandling).orElse(opening);
        path.create(Command.of("open-case", REVIEW), () -> alerted(ReviewCase.open(handled, calendar.workingDays(),
                clock.instant(), properties.stepLimits())));
    }

    /**
     * {@code catalog.CalendarPublished}: the replica stores the year, then every stored deadline that may count days
     * of it is computed again on the new calendar (case, open steps, licence issue), each changed case saved with a
     * {@code review.DeadlinesRecomputed}, all in the inbox transaction of the consumed event. Returns how many cases
     * changed.
     */
    public int calendarPublished(CalendarPublished published) {
        calendar.apply(published);
        int changed = 0;
        for (CaseNumber caseNumber : cases.casesWithDeadlinesIn(published.year())) {
            boolean moved = path.run(caseNumber, Command.of("recompute-deadlines", REVIEW),
                    c -> alerted(c, c.recomputeDeadlines(published.year(), calendar.workingDays(),
                            properties.licenceTerms(), clock.instant())));
            if (moved) {
                changed++;
            }
        }
        log.info("calendar {} version {}: deadlines of {} case(s) recomputed", published.year(), published.version(),
                changed);
        return changed;
    }

    /** Consumed {@code catalog.ItemVersionChanged}: remembers whether the version is handled jointly. */
    public void itemVersionChanged(String itemCode, int itemVersion, JointHandling jointHandling, String specialLaw) {
        items.record(itemCode, itemVersion, jointHandling, specialLaw);
    }

    /** At start: the years stored deadlines still count without a calendar, for the operator's alert and gauge. */
    public void reportProvisionalYears() {
        missingYears.report(cases.provisionalYears(), "stored cases");
    }

    /** {@link #alerted(ReviewCase)} after a command that answers {@code result}. */
    private <R> R alerted(ReviewCase c, R result) {
        alerted(c);
        return result;
    }

    /** Reports the years the case's deadlines count without a published calendar (the operator's alert). */
    private ReviewCase alerted(ReviewCase c) {
        if (!c.provisionalYears().isEmpty()) {
            missingYears.report(c.provisionalYears(), "case " + c.caseNumber());
        }
        return c;
    }

    /**
     * An opinion on one step; a given {@code If-Match} is about the task, so parallel departments never clash. The
     * opinion that decides the case also registers its licence (PENDING, its PDF issued later) in the same transaction.
     */
    public ReviewCase giveOpinion(OpinionRequest request, ActingUser actor, String ifMatch) {
        UUID taskId = request.taskId();
        return transaction.execute(status -> {
            ReviewCase c = path.change(caseOfTask(taskId), taskCommand("give-opinion", actor, ifMatch, taskId),
                    provenChange(actor, taskId, r -> r.giveOpinion(request, actor, clock.instant(), today(),
                            calendar.workingDays(), properties.licenceTerms(), cases::nextLicenceSequence)));
            if (c.status() == CaseStatus.APPROVED) { // an opinion on a decided case is refused: this one decided it
                licences.decided(c);
            }
            return c;
        });
    }

    public ReviewCase assignDeputy(UUID taskId, String deputyUserId, ActingUser actor, String ifMatch) {
        return path.change(caseOfTask(taskId), taskCommand("assign-deputy", actor, ifMatch, taskId),
                provenChange(actor, taskId, c -> c.assignDeputy(taskId, deputyUserId,
                        staff.find(deputyUserId).orElse(null), actor, clock.instant())));
    }

    /** 补正: returns the request id (= the pause id) with the changed case. */
    public Started requestSupplement(CaseNumber caseNumber, UUID taskId, List<SupplementMaterial> materials,
                                     ActingUser actor, String ifMatch) {
        return path.run(caseNumber, caseCommand("request-supplement", actor, ifMatch),
                proven(actor, taskId, c -> new Started(c.requestSupplement(taskId, materials, actor, clock.instant(),
                        today(), properties.supplements().maxPerTask()), c)));
    }

    /** 延期: the statutory limit grows once; only the statutory deadline moves. */
    public ReviewCase extendStatutoryLimit(CaseNumber caseNumber, int workingDays, String reason, ActingUser actor,
                                           String ifMatch) {
        return path.change(caseNumber, caseCommand("extend-statutory-limit", actor, ifMatch),
                provenChange(actor, null, c -> c.extendStatutoryLimit(workingDays, reason, actor,
                        clock.instant(), today(), calendar.workingDays(), properties.extensionRules())));
    }

    /** 特别程序 (Art. 45): the clock stops for a hearing, testing or expert review; returns the pause id. */
    public Started startSpecialProcedure(CaseNumber caseNumber, PauseKind kind, String reason,
                                         Integer expectedWorkingDays, ActingUser actor, String ifMatch) {
        return path.run(caseNumber, caseCommand("start-special-procedure", actor, ifMatch),
                proven(actor, null, c -> new Started(c.startSpecialProcedure(kind, reason, expectedWorkingDays, actor,
                        clock.instant(), today()), c)));
    }

    public ReviewCase endSpecialProcedure(CaseNumber caseNumber, UUID pauseId, ActingUser actor, String ifMatch) {
        return path.change(caseNumber, caseCommand("end-special-procedure", actor, ifMatch),
                provenChange(actor, null, c -> c.endSpecialProcedure(pauseId, actor, clock.instant(), today(),
                        calendar.workingDays())));
    }

    /** intake's {@code SupplementReceived}: the clock runs again from the day the materials arrived. */
    public void supplementReceived(CaseNumber caseNumber, UUID requestId, OffsetDateTime receivedAt) {
        LocalDate receivedOn = receivedAt == null ? today() : receivedAt.atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
        boolean known = path.onEvent(caseNumber, Command.of("supplement-received", REVIEW),
                c -> {
                    c.supplementReceived(requestId, receivedOn, clock.instant(), calendar.workingDays());
                    alerted(c);
                });
        if (!known) {
            log.warn("supplement received for unknown case {}", caseNumber);
        }
    }

    /** Invariant 5: supervision's suspension or revocation shows on the case. */
    public void licenceActionTaken(CaseNumber caseNumber, LicenceStatus status, String takenBy, String reason) {
        boolean known = path.onEvent(caseNumber, Command.of("licence-action-taken", REVIEW),
                c -> c.licenceActionTaken(status, takenBy, reason, clock.instant()));
        if (!known) {
            log.warn("licence action for unknown case {}", caseNumber);
        }
        licences.actionTaken(caseNumber, status, takenBy, reason);
    }

    /**
     * 电子监察: raises the due case and step warnings of one case; returns how many were raised. Step deadlines are
     * recomputed first (a newly published calendar year may move them); the case is written only when something changed.
     */
    public int raiseWarnings(CaseNumber caseNumber) {
        return path.run(caseNumber, Command.of("raise-warnings", REVIEW), c -> {
            c.refreshStepDeadlines(calendar.workingDays());
            int before = c.changes().events().size();
            c.raiseDueWarnings(today(), properties.warnings().yellowWorkingDaysBefore(), calendar.workingDays());
            return c.changes().events().size() - before;
        });
    }

    /** Cases that may need a warning today: open, the promised or an open step's deadline within the yellow window. */
    public List<CaseNumber> warningCandidates() {
        LocalDate horizon = today().plusDays(7L + 2L * properties.warnings().yellowWorkingDaysBefore());
        return cases.openCasesDueBy(horizon);
    }

    public LocalDate today() {
        return ChinaTime.today(clock);
    }

    /** What a command that starts something (a supplement request, a pause) answers: its id and the changed case. */
    public record Started(UUID id, ReviewCase reviewCase) {
    }

    /**
     * A person's command, run only once {@link ActingForPolicies} accepts whom they act for: every command a caller
     * sends goes through here, so {@code X-On-Behalf-Of} is proven by a recorded relation or refused (403) before
     * anything changes.
     */
    private static <R> Function<ReviewCase, R> proven(ActingUser actor, UUID taskId, Function<ReviewCase, R> command) {
        return c -> {
            ActingForPolicies.enforce(c, taskId, actor);
            return command.apply(c);
        };
    }

    private Consumer<ReviewCase> provenChange(ActingUser actor, UUID taskId, Consumer<ReviewCase> command) {
        return c -> {
            ActingForPolicies.enforce(c, taskId, actor);
            command.accept(c);
            alerted(c);
        };
    }

    private CaseNumber caseOfTask(UUID taskId) {
        return cases.caseNumberOfTask(taskId).orElseThrow(() -> new NotFound("task", String.valueOf(taskId)));
    }

    /** A command on the case: a given {@code If-Match} names the case's version (its GET's ETag). */
    private static Command<ReviewCase> caseCommand(String name, ActingUser actor, String ifMatch) {
        return Command.<ReviewCase>of(name, actor.auditActor(actor.primaryRole())).ifMatch(ifMatch, IfMatch.WHEN_GIVEN);
    }

    /** A command on one task: a given {@code If-Match} names the task's version (its GET's ETag). */
    private static Command<ReviewCase> taskCommand(String name, ActingUser actor, String ifMatch, UUID taskId) {
        return caseCommand(name, actor, ifMatch).versionOf(c -> c.task(taskId).version());
    }
}

package org.onewindow.rating.rectifications.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.onewindow.platform.clock.WorkingDays;
import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.kernel.AuditEntry;
import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.kernel.NotPermitted;
import org.onewindow.platform.kernel.StateConflict;
import org.onewindow.platform.kernel.StoredAggregate;
import org.onewindow.rating.ratings.domain.Rating;
import org.onewindow.rating.ratings.domain.RatingAudit;

/**
 * 差评整改 (国办发〔2019〕51号: 差评整改, 回访, 申诉), a state machine: OPEN → VERIFIED (核实: founded; unfounded closes it)
 * → RECTIFIED (整改) → FOLLOWED_UP (回访: satisfied; not satisfied reopens it to VERIFIED with a fresh time to
 * rectify) → CLOSED; from OPEN or VERIFIED the rated department may appeal once (申诉 → APPEALED), and a MONITOR
 * upholds it (CLOSED as unfounded) or rejects it (back to the step it came from, that step's time counted afresh).
 * Every waiting step has a due date ({@code stepDueOn}); the overdue watch warns once per step. Illegal
 * transitions are {@link StateConflict}s naming the rule. Its audit lines go to the trail of its case.
 */
public final class Rectification extends StoredAggregate<RectificationEvent> {

    private final UUID rectificationId;
    private final UUID ratingId;
    private final CaseNumber caseNumber;
    private final DepartmentCode implementingDepartment;
    private final OffsetDateTime openedAt;
    private final State state;

    /** The mutable part, as stored (one row of {@code rectification}). */
    public static final class State {
        RectificationStatus status = RectificationStatus.OPEN;
        LocalDate dueOn;
        LocalDate stepDueOn;
        int step;
        int overdueWarnedStep = -1;
        int overdueSteps;
        int reopenings;
        Boolean founded;
        String verification;
        String measures;
        Boolean satisfied;
        String followUp;
        String appeal;
        RectificationStatus appealedFrom;
        Boolean appealUpheld;
        String appealDecision;
        RectificationOutcome outcome;
        OffsetDateTime closedAt;

        public static State of(RectificationStatus status, LocalDate dueOn, LocalDate stepDueOn, int step,
                               int overdueWarnedStep, int overdueSteps, int reopenings, Boolean founded,
                               String verification, String measures, Boolean satisfied, String followUp,
                               String appeal, RectificationStatus appealedFrom, Boolean appealUpheld,
                               String appealDecision, RectificationOutcome outcome, OffsetDateTime closedAt) {
            State s = new State();
            s.status = status;
            s.dueOn = dueOn;
            s.stepDueOn = stepDueOn;
            s.step = step;
            s.overdueWarnedStep = overdueWarnedStep;
            s.overdueSteps = overdueSteps;
            s.reopenings = reopenings;
            s.founded = founded;
            s.verification = verification;
            s.measures = measures;
            s.satisfied = satisfied;
            s.followUp = followUp;
            s.appeal = appeal;
            s.appealedFrom = appealedFrom;
            s.appealUpheld = appealUpheld;
            s.appealDecision = appealDecision;
            s.outcome = outcome;
            s.closedAt = closedAt;
            return s;
        }
    }

    private Rectification(UUID rectificationId, UUID ratingId, CaseNumber caseNumber,
                          DepartmentCode implementingDepartment, OffsetDateTime openedAt, State state, long version) {
        super(version);
        this.rectificationId = Objects.requireNonNull(rectificationId, "rectificationId");
        this.ratingId = Objects.requireNonNull(ratingId, "ratingId");
        this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
        this.implementingDepartment = Objects.requireNonNull(implementingDepartment, "implementingDepartment");
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.state = Objects.requireNonNull(state, "state");
        Objects.requireNonNull(state.status, "status");
        Objects.requireNonNull(state.dueOn, "dueOn");
    }

    /**
     * Opens the rectification a bad rating calls for (other ratings call for none), due {@code terms} working days
     * after the rating day; its first step, the verification, is due {@code terms.verifyDays()} after it.
     */
    public static Rectification openFor(Rating rating, RectificationTerms terms, WorkingDays calendar, UUID id) {
        if (!rating.bad()) {
            throw new IllegalArgumentException("only a bad rating opens a rectification, not " + rating.level());
        }
        State state = new State();
        state.dueOn = terms.dueOn(rating.ratedAt(), calendar);
        state.stepDueOn = terms.stepDueOn(RectificationStatus.OPEN, rating.ratedAt(), calendar);
        Rectification rectification = new Rectification(id, rating.ratingId(), rating.caseNumber(),
                rating.implementingDepartment(), rating.ratedAt(), state, 0);
        rectification.changes().registerEvent(new RectificationEvent.Opened(rectification));
        rectification.changes().audit(AuditEntry.of(rating.ratedAt().toInstant(), "RECTIFICATION_OPENED",
                RatingAudit.SYSTEM, "due on " + state.dueOn));
        return rectification;
    }

    /** A rectification as stored. */
    public static Rectification restore(UUID rectificationId, UUID ratingId, CaseNumber caseNumber,
                                        DepartmentCode implementingDepartment, OffsetDateTime openedAt, State state,
                                        long version) {
        return new Rectification(rectificationId, ratingId, caseNumber, implementingDepartment, openedAt, state,
                version);
    }

    /** Only staff of the rated department take its steps (403 {@code rectification.other-department}). */
    public void requireHandledBy(String department) {
        if (department == null || !department.equals(implementingDepartment.value())) {
            throw new NotPermitted("rectification.other-department", "only the rated department "
                    + implementingDepartment + " handles rectification " + rectificationId);
        }
    }

    /** 核实: founded → VERIFIED (to rectify by {@code dueOn}); unfounded → CLOSED as UNFOUNDED. */
    public void verify(boolean founded, String reason, AuditActor by, OffsetDateTime now, RectificationTerms terms,
                       WorkingDays calendar) {
        require(RectificationStatus.OPEN, "rectification.verify-needs-open", "verified");
        String text = RectificationText.required("reason", reason);
        state.founded = founded;
        state.verification = text;
        if (founded) {
            enter(RectificationStatus.VERIFIED, now, terms, calendar);
            state.stepDueOn = state.dueOn; // the time to rectify runs from the rating day (整改时限)
        } else {
            close(RectificationOutcome.UNFOUNDED, now);
        }
        progressed(RectificationStep.VERIFIED, founded, text, by, now,
                founded ? "founded: " + text : "unfounded: " + text);
    }

    /** 整改: what the department did → RECTIFIED, the follow-up call due next. */
    public void rectify(String measures, AuditActor by, OffsetDateTime now, RectificationTerms terms,
                        WorkingDays calendar) {
        require(RectificationStatus.VERIFIED, "rectification.rectify-needs-verified", "rectified");
        String text = RectificationText.required("measures", measures);
        state.measures = text;
        enter(RectificationStatus.RECTIFIED, now, terms, calendar);
        progressed(RectificationStep.RECTIFIED, null, text, by, now, text);
    }

    /**
     * 回访: the applicant's answer. Satisfied → FOLLOWED_UP; not satisfied reopens it (VERIFIED, a fresh
     * {@code workingDays} to rectify again), counted in {@code reopenings}.
     */
    public void followUp(boolean satisfied, String note, AuditActor by, OffsetDateTime now, RectificationTerms terms,
                         WorkingDays calendar) {
        require(RectificationStatus.RECTIFIED, "rectification.follow-up-needs-rectified", "followed up");
        String text = RectificationText.required("note", note);
        state.satisfied = satisfied;
        state.followUp = text;
        if (satisfied) {
            enter(RectificationStatus.FOLLOWED_UP, now, terms, calendar);
        } else {
            state.reopenings++;
            enter(RectificationStatus.VERIFIED, now, terms, calendar);
            state.dueOn = state.stepDueOn;
        }
        progressed(RectificationStep.FOLLOWED_UP, satisfied, text, by, now,
                (satisfied ? "satisfied: " : "not satisfied, reopened: ") + text);
    }

    /** 办结 after a satisfied follow-up call → CLOSED as RECTIFIED. */
    public void close(AuditActor by, OffsetDateTime now) {
        require(RectificationStatus.FOLLOWED_UP, "rectification.close-needs-followed-up", "closed");
        close(RectificationOutcome.RECTIFIED, now);
        progressed(RectificationStep.CLOSED, null, null, by, now, "closed as " + RectificationOutcome.RECTIFIED);
    }

    /** 申诉 by the rated department, once, before it rectified (from OPEN or VERIFIED). */
    public void appeal(String reason, AuditActor by, OffsetDateTime now, RectificationTerms terms,
                       WorkingDays calendar) {
        if (state.appeal != null) {
            throw new StateConflict("rectification.already-appealed", "rectification " + rectificationId
                    + " was appealed already; a department appeals a bad rating once");
        }
        if (!Set.of(RectificationStatus.OPEN, RectificationStatus.VERIFIED).contains(state.status)) {
            throw new StateConflict("rectification.appeal-needs-open-or-verified", "rectification " + rectificationId
                    + " is " + state.status + "; it can be appealed only while OPEN or VERIFIED");
        }
        String text = RectificationText.required("reason", reason);
        state.appeal = text;
        state.appealedFrom = state.status;
        enter(RectificationStatus.APPEALED, now, terms, calendar);
        progressed(RectificationStep.APPEALED, null, text, by, now, "appealed from " + state.appealedFrom + ": " + text);
    }

    /**
     * A MONITOR's decision on the appeal: upheld → CLOSED as APPEAL_UPHELD (the bad rating counts as unfounded);
     * rejected → back to the step it came from, that step's time counted afresh from the decision.
     */
    public void decideAppeal(boolean upheld, String reason, AuditActor by, OffsetDateTime now,
                             RectificationTerms terms, WorkingDays calendar) {
        require(RectificationStatus.APPEALED, "rectification.decision-needs-appealed", "decided");
        String text = RectificationText.required("reason", reason);
        state.appealUpheld = upheld;
        state.appealDecision = text;
        if (upheld) {
            close(RectificationOutcome.APPEAL_UPHELD, now);
        } else {
            enter(state.appealedFrom, now, terms, calendar);
            if (state.status == RectificationStatus.VERIFIED) {
                state.dueOn = state.stepDueOn;
            }
        }
        progressed(RectificationStep.APPEAL_DECIDED, upheld, text, by, now,
                (upheld ? "appeal upheld: " : "appeal rejected, back to " + state.status + ": ") + text);
    }

    /**
     * The overdue watch: when today is after the current step's due date and this step was not warned of yet,
     * records the warning (once per step, even when two instances scan: the command path locks the row).
     *
     * @return whether a warning was raised
     */
    public boolean warnIfOverdue(LocalDate today, OffsetDateTime now) {
        if (state.status.closed() || state.stepDueOn == null || !today.isAfter(state.stepDueOn)
                || state.overdueWarnedStep == state.step) {
            return false;
        }
        state.overdueWarnedStep = state.step;
        state.overdueSteps++;
        changes().registerEvent(new RectificationEvent.Overdue(this, state.status, state.stepDueOn, now));
        changes().audit(AuditEntry.of(now.toInstant(), "RECTIFICATION_OVERDUE", RatingAudit.SYSTEM,
                state.status + " step was due on " + state.stepDueOn));
        return true;
    }

    /** Whether the overdue watch has something to raise today. */
    public boolean overdueUnwarned(LocalDate today) {
        return !state.status.closed() && state.stepDueOn != null && today.isAfter(state.stepDueOn)
                && state.overdueWarnedStep != state.step;
    }

    private void require(RectificationStatus expected, String rule, String what) {
        if (state.status != expected) {
            throw new StateConflict(rule, "rectification " + rectificationId + " is " + state.status
                    + "; it can be " + what + " only when " + expected);
        }
    }

    private void enter(RectificationStatus status, OffsetDateTime now, RectificationTerms terms, WorkingDays calendar) {
        state.status = status;
        state.step++;
        state.stepDueOn = terms.stepDueOn(status, now, calendar);
    }

    private void close(RectificationOutcome outcome, OffsetDateTime now) {
        state.status = RectificationStatus.CLOSED;
        state.step++;
        state.stepDueOn = null;
        state.outcome = outcome;
        state.closedAt = now;
    }

    private void progressed(RectificationStep step, Boolean verdict, String text, AuditActor by, OffsetDateTime now,
                            String detail) {
        changes().registerEvent(new RectificationEvent.Progressed(this, step, state.status, verdict, text, by.role(),
                now));
        changes().audit(AuditEntry.of(now.toInstant(), "RECTIFICATION_" + step, by, detail));
    }

    public UUID rectificationId() {
        return rectificationId;
    }

    public UUID ratingId() {
        return ratingId;
    }

    public CaseNumber caseNumber() {
        return caseNumber;
    }

    public DepartmentCode implementingDepartment() {
        return implementingDepartment;
    }

    public RectificationStatus status() {
        return state.status;
    }

    public OffsetDateTime openedAt() {
        return openedAt;
    }

    /** The last working day to rectify (整改时限); moves when a rejected appeal or an unsatisfied call reopens it. */
    public LocalDate dueOn() {
        return state.dueOn;
    }

    /** The last working day of the step the rectification waits in; null once closed. */
    public LocalDate stepDueOn() {
        return state.stepDueOn;
    }

    /** How many steps it has entered (the overdue watch warns once per step). */
    public int step() {
        return state.step;
    }

    public int overdueWarnedStep() {
        return state.overdueWarnedStep;
    }

    /** How many of its steps went overdue. */
    public int overdueSteps() {
        return state.overdueSteps;
    }

    public int reopenings() {
        return state.reopenings;
    }

    public Boolean founded() {
        return state.founded;
    }

    public String verification() {
        return state.verification;
    }

    public String measures() {
        return state.measures;
    }

    public Boolean satisfied() {
        return state.satisfied;
    }

    public String followUp() {
        return state.followUp;
    }

    public String appeal() {
        return state.appeal;
    }

    public RectificationStatus appealedFrom() {
        return state.appealedFrom;
    }

    public Boolean appealUpheld() {
        return state.appealUpheld;
    }

    public String appealDecision() {
        return state.appealDecision;
    }

    public RectificationOutcome outcome() {
        return state.outcome;
    }

    public OffsetDateTime closedAt() {
        return state.closedAt;
    }
}

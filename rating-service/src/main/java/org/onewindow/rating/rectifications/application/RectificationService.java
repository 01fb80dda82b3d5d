package org.onewindow.rating.rectifications.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.onewindow.platform.calendar.CalendarReplica;
import org.onewindow.platform.clock.ChinaTime;
import org.onewindow.platform.commands.Command;
import org.onewindow.platform.commands.CommandPath;
import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.onewindow.rating.config.RatingProperties;
import org.onewindow.rating.ratings.application.RatingScope;
import org.onewindow.rating.ratings.application.Ratings;
import org.onewindow.rating.ratings.domain.Rating;
import org.onewindow.rating.ratings.domain.Readers;
import org.onewindow.rating.ratings.domain.RatingAudit;
import org.onewindow.rating.rectifications.domain.Rectification;
import org.onewindow.rating.rectifications.domain.RectificationEvent;
import org.onewindow.rating.rectifications.domain.RectificationTerms;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rectification loop (差评整改) on its command path: opened inside the transaction that stores a bad rating; its
 * steps taken by staff of the rated department (the SUPERVISOR grant, scope department: 403
 * {@code rectification.other-department} otherwise) or, for an appeal's decision, a MONITOR; the overdue watch's
 * warnings. Each command loads the row {@code FOR UPDATE}, so two instances never take the same step twice.
 */
@Service
public class RectificationService {

    static final String OPEN = "open-rectification";
    /** The role a department's steps are recorded under (the grant of {@code rectification.handle}). */
    public static final String HANDLER_ROLE = "SUPERVISOR";
    /** The role an appeal's decision is recorded under (the grant of {@code rectification.decide-appeal}). */
    public static final String DECIDER_ROLE = "MONITOR";

    private final CommandPath<UUID, Rectification, RectificationEvent> path;
    private final Rectifications rectifications;
    private final CalendarReplica calendar;
    private final RatingProperties properties;
    private final Clock clock;
    private final Ratings ratings;

    public RectificationService(CommandPath<UUID, Rectification, RectificationEvent> path,
                                Rectifications rectifications, CalendarReplica calendar, RatingProperties properties,
                                Clock clock, Ratings ratings) {
        this.ratings = ratings;
        this.path = path;
        this.rectifications = rectifications;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Rectification openFor(Rating rating) {
        return path.create(Command.of(OPEN, RatingAudit.SYSTEM), () -> Rectification.openFor(rating,
                properties.rectificationTerms(), calendar.workingDays(), UUID.randomUUID()));
    }

    /** 核实: founded or not, with the reason. */
    public Rectification verify(UUID id, boolean founded, String reason, Actor actor) {
        return handle(id, "verify-rectification", actor,
                (r, now) -> r.verify(founded, reason, handler(actor), now, terms(), calendar.workingDays()));
    }

    /** 整改: what the department did. */
    public Rectification rectify(UUID id, String measures, Actor actor) {
        return handle(id, "rectify", actor,
                (r, now) -> r.rectify(measures, handler(actor), now, terms(), calendar.workingDays()));
    }

    /** 回访: what the applicant said when called back. */
    public Rectification followUp(UUID id, boolean satisfied, String note, Actor actor) {
        return handle(id, "follow-up-rectification", actor,
                (r, now) -> r.followUp(satisfied, note, handler(actor), now, terms(), calendar.workingDays()));
    }

    /** 办结 after a satisfied follow-up call. */
    public Rectification close(UUID id, Actor actor) {
        return handle(id, "close-rectification", actor, (r, now) -> r.close(handler(actor), now));
    }

    /** 申诉 by the rated department. */
    public Rectification appeal(UUID id, String reason, Actor actor) {
        return handle(id, "appeal-rectification", actor,
                (r, now) -> r.appeal(reason, handler(actor), now, terms(), calendar.workingDays()));
    }

    /** A MONITOR's decision on an appeal (any department: 电子监察 decides for all). */
    public Rectification decideAppeal(UUID id, boolean upheld, String reason, Actor actor) {
        AuditActor by = AuditActor.of(actor, DECIDER_ROLE);
        return path.change(id, Command.of("decide-appeal", by), r -> r.decideAppeal(upheld, reason, by, now(),
                terms(), calendar.workingDays()));
    }

    /** What the overdue watch looks at: open steps past due today (China's date) and not yet warned of. */
    public List<UUID> overdueCandidates() {
        return rectifications.overdueCandidates(today());
    }

    /** Raises the overdue warning of one rectification's current step if it is still due (once per step). */
    public boolean warnIfOverdue(UUID id) {
        boolean[] raised = {false};
        path.change(id, Command.of("warn-rectification-overdue", RatingAudit.SYSTEM),
                r -> raised[0] = r.warnIfOverdue(today(), now()));
        return raised[0];
    }

    public Rectification find(UUID rectificationId) {
        return rectifications.find(rectificationId)
                .orElseThrow(() -> new NotFound("rectification", rectificationId.toString()));
    }

    public Optional<Rectification> findByRating(UUID ratingId) {
        return rectifications.findByRating(ratingId);
    }

    /**
     * A rectification inside the caller's scope, decided on its rating (the case's centre, the rater and the applicant
     * rated for) and its implementing department; outside it, the 404 of an unknown one.
     */
    public Rectification find(UUID rectificationId, RatingScope scope) {
        Rectification rectification = find(rectificationId);
        boolean reached = ratings.find(rectification.ratingId())
                .filter(rating -> scope.reaches(rating.centreCode().value(),
                        rectification.implementingDepartment().value(), Readers.owners(rating)))
                .isPresent();
        if (!reached) {
            throw new NotFound("rectification", rectificationId.toString());
        }
        return rectification;
    }

    public PageResult<Rectification> list(DepartmentCode department, RatingScope scope, PageQuery page) {
        return rectifications.list(department, scope, page);
    }

    private interface Step {
        void take(Rectification rectification, OffsetDateTime now);
    }

    private Rectification handle(UUID id, String command, Actor actor, Step step) {
        Consumer<Rectification> action = r -> {
            r.requireHandledBy(actor.department());
            step.take(r, now());
        };
        return path.change(id, Command.of(command, handler(actor)), action);
    }

    private static AuditActor handler(Actor actor) {
        return AuditActor.of(actor, HANDLER_ROLE);
    }

    private RectificationTerms terms() {
        return properties.rectificationTerms();
    }

    /** UTC, as rating writes its times. */
    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
    }
}

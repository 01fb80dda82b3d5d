package org.onewindow.intake.applications;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;

import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.intake.ApplicationNotAccepted.Reason;
import org.onewindow.contracts.intake.ResultDelivered.DeliveryMethod;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.ReviewCaseOpened;
import org.onewindow.contracts.review.SupplementRequested;
import org.onewindow.contracts.review.TaskCompleted;
import org.onewindow.contracts.supervision.LicenceActionTaken;
import org.onewindow.intake.catalog.CatalogReplica;
import org.onewindow.platform.calendar.CalendarReplica;
import org.onewindow.platform.clock.WorkingDays;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.Violation;
import org.onewindow.platform.messaging.EventPublisher;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front desk's commands, each one transaction: state, audit lines and outbox events commit together or not
 * at all. Consumed review and supervision events update the case in the inbox transaction.
 */
@Service
public class ApplicationService {

    private static final Logger log = LoggerFactory.getLogger(ApplicationService.class);

    /** A submission's result; {@code queryCode} is shown once and stored only as a hash. */
    public record Submitted(Application application, String queryCode) {
    }

    private final ApplicationRepository applications;
    private final CatalogReplica catalog;
    private final CalendarReplica calendar;
    private final EventPublisher publisher;
    private final Clock clock;
    private final int noticeWorkingDays;

    public ApplicationService(ApplicationRepository applications, CatalogReplica catalog, CalendarReplica calendar,
                              EventPublisher publisher, Clock clock,
                              @Value("${onewindow.intake.notice-working-days:10}") int noticeWorkingDays) {
        this.applications = applications;
        this.catalog = catalog;
        this.calendar = calendar;
        this.publisher = publisher;
        this.clock = clock;
        this.noticeWorkingDays = noticeWorkingDays;
    }

    @Transactional
    public Submitted submit(Submission submission, ActingUser by) {
        OffsetDateTime now = now();
        LocalDate today = now.atZoneSameInstant(Application.CHINA).toLocalDate();
        String centreCode = Intake.centreOf(submission, by);
        Intake intake = new Intake(submission, by, centreCode, Intake.channelOf(submission, by),
                catalog.item(submission.itemCode()).orElse(null), catalog.centre(centreCode).orElse(null), today);
        List<Violation> violations = SubmissionPolicies.violations(intake);
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations);
        }
        String caseNumber = CaseNumbers.format(centreCode, today, applications.nextSequence(centreCode, today));
        Applicant applicant = new Applicant(submission.applicantKind(), submission.applicantName(), submission.idNumber().strip(),
                SubmissionPolicies.maskedIdNumber(submission.applicantKind(), submission.idNumber(), today), submission.phone(),
                applicantUserId(submission, by, caseNumber));
        Agent agent = by.is(Roles.VILLAGE_AGENT) ? new Agent(by.userId(), by.name(), submission.mandate()) : null;
        ActingUser acting = agent == null ? by : by.forWhom(submission.applicantName());
        String queryCode = QueryCode.generate();
        Application application = Application.submit(caseNumber, intake, applicant, agent, QueryCode.hash(queryCode), acting, now,
                noticeDueOn(today));
        applications.insert(application);
        publish(application);
        log.info("application {} registered for item {} at {}: {}", caseNumber, intake.item().itemCode(), centreCode, application.status());
        return new Submitted(application, queryCode);
    }

    @Transactional
    public Application supplement(String caseNumber, List<SubmittedMaterial> materials, ActingUser by) {
        return change(caseNumber, by, a -> a.supplement(materials, actingFor(a, by), now(), noticeDueOn(today())));
    }

    @Transactional
    public Application refuse(String caseNumber, List<Reason> reasons, ActingUser by) {
        return change(caseNumber, by, a -> a.refuse(reasons, by, now()));
    }

    @Transactional
    public Application deliver(String caseNumber, DeliveryMethod method, String trackingNumber, ActingUser by) {
        return change(caseNumber, by, a -> a.deliver(method, trackingNumber, by, now()));
    }

    /** The application if the caller may see it: staff, or the applicant or agent who own it. */
    @Transactional(readOnly = true)
    public Application find(String caseNumber, ActingUser by) {
        Application application = applications.find(caseNumber).orElseThrow(() -> new NotFound("application", caseNumber));
        requireAccess(application, by);
        return application;
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> history(String caseNumber, ActingUser by) {
        find(caseNumber, by);
        return applications.history(caseNumber);
    }

    @Transactional(readOnly = true)
    public PageResult<Application> list(String centreCode, ApplicationStatus status, PageQuery page) {
        return applications.list(centreCode, status, page);
    }

    // --- consumed events (each inside the inbox transaction) ---

    public void reviewOpened(ReviewCaseOpened event) {
        onCase(event.caseNumber(), a -> a.reviewOpened(event, now()));
    }

    public void taskCompleted(TaskCompleted event) {
        onCase(event.caseNumber(), a -> a.taskCompleted(event, now()));
    }

    public void supplementRequested(SupplementRequested event) {
        onCase(event.caseNumber(), a -> a.supplementRequested(event, now()));
    }

    public void decisionMade(DecisionMade event) {
        onCase(event.caseNumber(), a -> a.decided(event, now()));
    }

    public void licenceActionTaken(LicenceActionTaken event) {
        onCase(event.caseNumber(), a -> a.licenceActionTaken(event, now()));
    }

    private void onCase(String caseNumber, Consumer<Application> change) {
        applications.findForUpdate(caseNumber).ifPresentOrElse(application -> {
            change.accept(application);
            applications.update(application);
            publish(application);
        }, () -> log.warn("event for unknown case {} ignored", caseNumber));
    }

    private Application change(String caseNumber, ActingUser by, Consumer<Application> change) {
        Application application = applications.findForUpdate(caseNumber).orElseThrow(() -> new NotFound("application", caseNumber));
        requireAccess(application, by);
        change.accept(application);
        applications.update(application);
        publish(application);
        return applications.find(caseNumber).orElseThrow();
    }

    private void publish(Application application) {
        for (DomainEvent event : application.events()) {
            publisher.publish(event);
        }
    }

    private static void requireAccess(Application application, ActingUser by) {
        if (Roles.STAFF.contains(by.role()) || application.ownedBy(by.userId())) {
            return;
        }
        // applicants and agents see only their own cases; a 404 does not reveal that the case exists
        throw new NotFound("application", application.caseNumber());
    }

    private static ActingUser actingFor(Application application, ActingUser by) {
        return application.agent() != null && by.userId().equals(application.agent().userId())
                ? by.forWhom(application.applicant().name()) : by;
    }

    /** Online applicants are their own account; window and agent submissions may name one, else a walk-in account. */
    private static String applicantUserId(Submission submission, ActingUser by, String caseNumber) {
        if (by.is(Roles.APPLICANT)) {
            return by.userId();
        }
        return submission.applicantUserId() == null || submission.applicantUserId().isBlank()
                ? "walk-in:" + caseNumber : submission.applicantUserId();
    }

    private LocalDate noticeDueOn(LocalDate today) {
        WorkingDays workingDays = calendar.workingDays();
        return workingDays.calendar().covers(today) ? workingDays.deadline(today, noticeWorkingDays)
                : today.plusDays(noticeWorkingDays * 7L / 5);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).atZoneSameInstant(Application.CHINA).toOffsetDateTime();
    }

    private LocalDate today() {
        return now().toLocalDate();
    }
}

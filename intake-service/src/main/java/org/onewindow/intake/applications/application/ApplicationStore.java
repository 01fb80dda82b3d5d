package org.onewindow.intake.applications.application;

import java.time.LocalDate;
import java.util.Optional;

import org.onewindow.intake.applications.domain.Application;
import org.onewindow.intake.applications.domain.ApplicationStatus;
import org.onewindow.platform.commands.AggregateStore;
import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;

/** Where applications live: the command path saves them, use cases read them. */
public interface ApplicationStore extends AggregateStore<CaseNumber, Application> {

    /** Without a lock; body and version come from this one read (a GET's body and ETag agree). */
    Optional<Application> find(CaseNumber caseNumber);

    /** Staff list: optional filters, oldest submission first, case number as tie-break (stable pages). */
    PageResult<Application> list(String centreCode, ApplicationStatus status, PageQuery page);

    /** Next daily sequence of a centre; the row lock serialises concurrent submissions at one centre. */
    long nextSequence(String centreCode, LocalDate day);
}

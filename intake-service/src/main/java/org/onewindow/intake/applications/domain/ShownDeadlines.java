package org.onewindow.intake.applications.domain;

import java.time.LocalDate;

/** The deadlines an applicant sees on their case (application view, tracking, messages), provisional flags included. */
public record ShownDeadlines(LocalDate promised, LocalDate statutory, boolean provisional, LocalDate licenceIssueDueBy,
                             boolean licenceIssueDueProvisional) {
}

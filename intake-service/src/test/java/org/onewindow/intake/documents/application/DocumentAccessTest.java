package org.onewindow.intake.documents.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onewindow.intake.applications.application.CaseScope;
import org.onewindow.intake.applications.domain.ApplicantKind;
import org.onewindow.intake.applications.domain.Applicant;
import org.onewindow.intake.applications.domain.Application;
import org.onewindow.intake.applications.domain.ApplicationStatus;
import org.onewindow.intake.applications.domain.Decision;
import org.onewindow.intake.applications.domain.Outcome;
import org.onewindow.intake.documents.domain.MaterialEvidenceTest;
import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.kernel.CentreCode;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.security.policy.Scope;

/** Who reaches a case's documents, per scope and per moment of the case. */
public class DocumentAccessTest {

    static final Set<String> TASKS = Set.of("MARKET");

    public static Application application(ApplicationStatus status, Outcome outcome) {
        return Application.restore().caseNumber(CaseNumber.of("C-CITY-01-20260302-000001"))
                .item(MaterialEvidenceTest.ITEM).centreCode(CentreCode.of("C-CITY-01")).status(status)
                .applicant(new Applicant(ApplicantKind.PERSON, "张三", null, "110***********002X", null, "applicant-1"))
                .decision(outcome == null ? null : new Decision(outcome, outcome == Outcome.APPROVED ? "JY1" : null,
                        LocalDate.of(2031, 1, 1), OffsetDateTime.parse("2026-03-20T10:00:00+08:00")))
                .build();
    }

    static CaseScope scope(Scope scope, String userId, String centre, String department) {
        return new CaseScope(Set.of(scope), userId, centre, Map.of(), department, Set.of());
    }

    @Test
    void reviewers_of_a_department_with_a_task_read_while_the_case_is_open_and_not_after() {
        CaseScope reviewer = scope(Scope.DEPARTMENT_TASK, "reviewer-1", null, "MARKET");
        CaseScope otherDepartment = scope(Scope.DEPARTMENT_TASK, "reviewer-2", null, "HEALTH");

        assertThat(DocumentAccess.sees(reviewer, application(ApplicationStatus.IN_REVIEW, null), TASKS)).isTrue();
        assertThat(DocumentAccess.sees(reviewer, application(ApplicationStatus.SUPPLEMENT_REQUESTED, null), TASKS)).isTrue();
        assertThat(DocumentAccess.sees(reviewer, application(ApplicationStatus.DECIDED, Outcome.APPROVED), TASKS)).isFalse();
        assertThat(DocumentAccess.sees(otherDepartment, application(ApplicationStatus.IN_REVIEW, null), TASKS)).isFalse();
    }

    @Test
    void supervisors_read_after_approval_only_their_department_or_the_items_supervising_one() {
        CaseScope market = scope(Scope.DEPARTMENT, "supervisor-1", null, "MARKET");
        CaseScope supervising = scope(Scope.DEPARTMENT, "supervisor-2", null, "MARKET-SUPERVISION");
        CaseScope health = scope(Scope.DEPARTMENT, "supervisor-3", null, "HEALTH");

        assertThat(DocumentAccess.sees(market, application(ApplicationStatus.IN_REVIEW, null), TASKS)).isFalse();
        assertThat(DocumentAccess.sees(market, application(ApplicationStatus.DECIDED, Outcome.APPROVED), TASKS)).isTrue();
        assertThat(DocumentAccess.sees(supervising, application(ApplicationStatus.DELIVERED, Outcome.APPROVED), TASKS)).isTrue();
        assertThat(DocumentAccess.sees(market, application(ApplicationStatus.DECIDED, Outcome.REJECTED), TASKS)).isFalse();
        assertThat(DocumentAccess.sees(health, application(ApplicationStatus.DECIDED, Outcome.APPROVED), TASKS)).isFalse();
    }

    @Test
    void the_applicant_and_the_centres_clerk_read_in_every_status_others_get_the_404_of_an_unknown_case() {
        Application decided = application(ApplicationStatus.DELIVERED, Outcome.APPROVED);

        assertThat(DocumentAccess.sees(scope(Scope.OWN, "applicant-1", null, null), decided, TASKS)).isTrue();
        assertThat(DocumentAccess.sees(scope(Scope.CENTRE, "clerk-1", "C-CITY-01", null), decided, TASKS)).isTrue();
        assertThatThrownBy(() -> DocumentAccess.require(scope(Scope.OWN, "applicant-2", null, null), decided, TASKS))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> DocumentAccess.require(scope(Scope.CENTRE, "clerk-9", "T-EAST-01", null), decided, TASKS))
                .isInstanceOf(NotFound.class);
    }
}

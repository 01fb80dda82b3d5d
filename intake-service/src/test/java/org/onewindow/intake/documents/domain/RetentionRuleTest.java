package org.onewindow.intake.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.format.DateTimeParseException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onewindow.intake.applications.domain.ApplicationStatus;
import org.onewindow.intake.applications.domain.Outcome;
import org.onewindow.intake.documents.application.DocumentAccessTest;

class RetentionRuleTest {

    @Test
    void a_licence_case_is_kept_permanently_others_by_the_default_and_an_item_may_say_otherwise() {
        RetentionRule rule = new RetentionRule("P30Y", Map.of());

        assertThat(rule.of(DocumentAccessTest.application(ApplicationStatus.DELIVERED, Outcome.APPROVED)))
                .isEqualTo(RetentionRule.PERMANENT);
        assertThat(rule.of(DocumentAccessTest.application(ApplicationStatus.DECIDED, Outcome.REJECTED))).isEqualTo("P30Y");
        assertThat(rule.of(DocumentAccessTest.application(ApplicationStatus.NOTICE_ISSUED, null))).isEqualTo("P30Y");
        assertThat(new RetentionRule("P30Y", Map.of("330100-SP-001", "P10Y"))
                .of(DocumentAccessTest.application(ApplicationStatus.DELIVERED, Outcome.APPROVED))).isEqualTo("P10Y");
    }

    @Test
    void a_period_that_is_not_one_stops_the_service_at_start() {
        assertThatThrownBy(() -> new RetentionRule("30 years", Map.of())).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> new RetentionRule("P30Y", Map.of("X", "forever")))
                .isInstanceOf(DateTimeParseException.class);
    }
}

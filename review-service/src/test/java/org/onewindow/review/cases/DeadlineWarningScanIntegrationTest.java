package org.onewindow.review.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.review.DeadlineWarning;
import org.onewindow.platform.test.Concurrently;
import org.onewindow.review.cases.adapters.scheduling.DeadlineWarningJob;
import org.onewindow.review.cases.application.ReviewCaseService;
import org.onewindow.review.config.ReviewProperties;
import org.springframework.beans.factory.annotation.Autowired;

/** The deadline-warning scan of two instances over one database raises each warning once. */
class DeadlineWarningScanIntegrationTest extends ReviewIntegrationSupport {

    private static final String WARNING = EventTypes.ceType(DeadlineWarning.class);

    @Autowired
    DeadlineWarningJob job;
    @Autowired
    ReviewCaseService cases;
    @Autowired
    ReviewProperties properties;

    @Test
    void two_instances_scanning_at_the_same_moment_raise_each_warning_once() {
        // accepted on 2026-03-02 with a promise of 10 working days: long past, so each case is due a RED warning
        List<String> due = List.of(openCase("MARKET"), openCase("MARKET", "HEALTH"), openCase("HEALTH"));
        DeadlineWarningJob otherInstance = new DeadlineWarningJob(cases, properties); // its own bean, same database

        List<Integer> raised = Concurrently.run(job::scan, otherInstance::scan);

        assertThat(raised.get(0) + raised.get(1)).as("cases of other tests may be due too")
                .isGreaterThanOrEqualTo(due.size());
        for (String caseNumber : due) {
            assertThat(warnings(caseNumber)).as("warnings of %s", caseNumber).isPositive();
            assertThat(jdbc.sql("""
                            select count(*) from (
                                select 1 from outbox where key = ? and ce_type = ?
                                group by payload::jsonb ->> 'level', payload::jsonb ->> 'scope', payload::jsonb ->> 'taskId'
                                having count(*) > 1) doubled""")
                    .params(caseNumber, WARNING).query(Long.class).single())
                    .as("a level and scope of %s warned of twice", caseNumber).isZero();
        }
        List<Long> before = due.stream().map(this::warnings).toList();
        Concurrently.run(job::scan, otherInstance::scan);
        assertThat(due.stream().map(this::warnings).toList()).as("a later round finds nothing left").isEqualTo(before);
    }

    private long warnings(String caseNumber) {
        return jdbc.sql("select count(*) from outbox where key = ? and ce_type = ?").params(caseNumber, WARNING)
                .query(Long.class).single();
    }
}

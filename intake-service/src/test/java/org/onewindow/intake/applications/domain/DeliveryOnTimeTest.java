package org.onewindow.intake.applications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onewindow.intake.applications.domain.Fixtures.CLERK;
import static org.onewindow.intake.applications.domain.Fixtures.NOW;
import static org.onewindow.intake.applications.domain.Fixtures.TODAY;
import static org.onewindow.intake.applications.domain.Fixtures.VALID_ID;
import static org.onewindow.intake.applications.domain.Fixtures.provided;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onewindow.intake.catalog.domain.ItemStatus;
import org.onewindow.platform.clock.CalendarYear;
import org.onewindow.platform.clock.OfficialCalendars;
import org.onewindow.platform.clock.WarningLevel;
import org.onewindow.platform.clock.WarningPolicy;
import org.onewindow.platform.clock.WorkingDayCalendar;
import org.onewindow.platform.clock.WorkingDays;
import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.kernel.RuleViolation;

/**
 * Issue 10, item 4: delivery on time (Art. 44 行政许可法) — the light against the licence due date, on review's warning
 * rule, across the 2026→2027 year change with and without the 2027 calendar; delivery by method; late deliveries.
 */
class DeliveryOnTimeTest {

    /** The shipped calendars (2025, 2026): 2027 counts Monday to Friday, so 2027-01-01 (元旦) counts as a working day. */
    private static final WorkingDays SHIPPED = WorkingDays.on(OfficialCalendars.china());
    /** As if the State Council had published 2027: 元旦 1–3 January off. */
    private static final WorkingDays WITH_2027 = WorkingDays.on(OfficialCalendars.china().with(new CalendarYear(2027,
            Set.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 3)), Set.of(), "test-2027")));
    private static final DeliveryWarnings PROVISIONAL = new DeliveryWarnings(SHIPPED, WarningPolicy.DEFAULT);
    private static final DeliveryWarnings PUBLISHED = new DeliveryWarnings(WITH_2027, WarningPolicy.DEFAULT);
    private static final Decision APPROVED = new Decision(Outcome.APPROVED, "JY-2026-000123", LocalDate.of(2031, 3, 1), NOW);

    @Test
    void the_light_turns_yellow_one_working_day_before_the_due_date_and_red_after_it() {
        // due Friday 2026-03-13: Thursday is one working day before, Friday the day itself
        LocalDate due = LocalDate.of(2026, 3, 13);
        assertThat(PUBLISHED.level(due, LocalDate.of(2026, 3, 11))).isEqualTo(WarningLevel.NONE);
        assertThat(PUBLISHED.level(due, LocalDate.of(2026, 3, 12))).isEqualTo(WarningLevel.YELLOW);
        assertThat(PUBLISHED.level(due, due)).isEqualTo(WarningLevel.YELLOW);
        assertThat(PUBLISHED.level(due, LocalDate.of(2026, 3, 14))).isEqualTo(WarningLevel.RED);
        assertThat(PUBLISHED.workingDaysLeft(due, LocalDate.of(2026, 3, 16))).isEqualTo(-1);
    }

    @Test
    void across_the_year_change_a_provisional_due_date_counts_new_year_as_a_working_day_until_2027_is_published() {
        // decided 2026-12-17: ten working days on the shipped calendars end on 2026-12-31 (Mon-Fri); a due date of
        // Monday 2027-01-04 seen on 2026-12-31: provisionally two working days left (1 Jan counted), so GREEN
        LocalDate due = LocalDate.of(2027, 1, 4);
        LocalDate newYearsEve = LocalDate.of(2026, 12, 31);
        assertThat(PROVISIONAL.workingDaysLeft(due, newYearsEve)).isEqualTo(2);
        assertThat(PROVISIONAL.level(due, newYearsEve)).isEqualTo(WarningLevel.NONE);
        // with 2027 published, 1 January is a holiday: one working day left, YELLOW on the same day
        assertThat(PUBLISHED.workingDaysLeft(due, newYearsEve)).isEqualTo(1);
        assertThat(PUBLISHED.level(due, newYearsEve)).isEqualTo(WarningLevel.YELLOW);
        // and RED on the first working day of 2027 after it
        assertThat(PUBLISHED.level(due, LocalDate.of(2027, 1, 5))).isEqualTo(WarningLevel.RED);
    }

    @Test
    void a_provisional_due_date_keeps_its_flag_in_the_warning_it_raises() {
        Application decided = decided(LocalDate.of(2027, 1, 4), true);

        assertThat(decided.raiseDeliveryWarning(DeliveryWarning.YELLOW, 1, LocalDate.of(2026, 12, 31), NOW)).isTrue();

        ApplicationEvent.DeliveryWarningRaised raised = lastEvent(decided, ApplicationEvent.DeliveryWarningRaised.class);
        assertThat(raised.provisional()).isTrue();
        assertThat(raised.dueBy()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(decided.licenceIssueDueProvisional()).isTrue();
    }

    @Test
    void the_yellow_window_of_the_list_filter_agrees_with_the_light_on_every_day_of_two_years() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int i = 0; i < 400; i++) {
            LocalDate today = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(730));
            LocalDate due = today.plusDays(random.nextInt(40) - 10);
            for (DeliveryWarnings warnings : List.of(PROVISIONAL, PUBLISHED)) {
                LocalDate yellowUntil = warnings.yellowUntil(today);
                WarningLevel bySql = due.isBefore(today) ? WarningLevel.RED
                        : due.isAfter(yellowUntil) ? WarningLevel.NONE : WarningLevel.YELLOW;
                assertThat(warnings.level(due, today)).as("seed %d: due %s on %s", seed, due, today).isEqualTo(bySql);
            }
        }
    }

    @Test
    void each_level_is_raised_once_and_a_case_found_red_first_never_raises_yellow() {
        Application decided = decided(LocalDate.of(2026, 3, 13), false);

        assertThat(decided.raiseDeliveryWarning(DeliveryWarning.GREEN, 5, TODAY, NOW)).isFalse();
        assertThat(decided.raiseDeliveryWarning(DeliveryWarning.YELLOW, 1, LocalDate.of(2026, 3, 12), NOW)).isTrue();
        assertThat(decided.raiseDeliveryWarning(DeliveryWarning.YELLOW, 0, LocalDate.of(2026, 3, 13), NOW)).isFalse();
        assertThat(decided.raiseDeliveryWarning(DeliveryWarning.RED, -1, LocalDate.of(2026, 3, 16), NOW)).isTrue();
        assertThat(decided.raiseDeliveryWarning(DeliveryWarning.RED, -2, LocalDate.of(2026, 3, 17), NOW)).isFalse();
        assertThat(decided.changes().events()).filteredOn(ApplicationEvent.DeliveryWarningRaised.class::isInstance)
                .extracting(e -> ((ApplicationEvent.DeliveryWarningRaised) e).level())
                .containsExactly(DeliveryWarning.YELLOW, DeliveryWarning.RED);

        Application lateFound = decided(LocalDate.of(2026, 3, 13), false);
        assertThat(lateFound.raiseDeliveryWarning(DeliveryWarning.RED, -3, LocalDate.of(2026, 3, 18), NOW)).isTrue();
        assertThat(lateFound.raiseDeliveryWarning(DeliveryWarning.YELLOW, 1, LocalDate.of(2026, 3, 12), NOW)).isFalse();
    }

    @Test
    void nothing_is_raised_once_delivered() {
        Application decided = decided(LocalDate.of(2026, 3, 13), false);
        decided.deliver(new DeliveryRequest(DeliveryMethod.WINDOW_PICKUP, null, "张三", null), CLERK, NOW);

        assertThat(new DeliveryWarnings(SHIPPED, WarningPolicy.DEFAULT).of(decided, LocalDate.of(2026, 3, 20))).isNull();
        assertThat(decided.raiseDeliveryWarning(DeliveryWarning.RED, -5, LocalDate.of(2026, 3, 20), NOW)).isFalse();
    }

    @Test
    void a_window_pick_up_records_who_collected_it_and_without_it_is_a_422_naming_the_field() {
        Application decided = decided(LocalDate.of(2026, 3, 13), false);

        assertThatThrownBy(() -> decided.deliver(new DeliveryRequest(DeliveryMethod.WINDOW_PICKUP, null, " ", null), CLERK, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.violations().getFirst().field()).isEqualTo("collectedBy");
                    assertThat(v.violations().getFirst().rule()).isEqualTo("intake.collected-by-required");
                });
        decided.deliver(new DeliveryRequest(DeliveryMethod.WINDOW_PICKUP, null, "李四（受托人）", null), CLERK, NOW);

        assertThat(decided.delivery().collectedBy()).isEqualTo("李四（受托人）");
        ApplicationEvent.ResultDelivered delivered = lastEvent(decided, ApplicationEvent.ResultDelivered.class);
        assertThat(delivered.reference()).as("who collected it is personal data: not in the event").isNull();
        assertThat(delivered.late()).isFalse();
    }

    @Test
    void a_mailed_result_needs_an_ems_number_in_a_valid_format_and_an_address() {
        Application mailed = decidedWithPreference(new DeliveryPreference(DeliveryMethod.MAIL, "浙江省杭州市西湖区文三路1号"));

        assertThat(rule(mailed, new DeliveryRequest(null, null, null, null))).isEqualTo("intake.tracking-number-required");
        assertThat(rule(mailed, new DeliveryRequest(null, "EA123456789CN", null, null)))
                .as("wrong S10 check digit").isEqualTo("intake.tracking-number-format");
        assertThat(rule(mailed, new DeliveryRequest(null, "12345", null, null))).isEqualTo("intake.tracking-number-format");
        assertThat(rule(decided(LocalDate.of(2026, 3, 13), false), new DeliveryRequest(DeliveryMethod.MAIL, "EA123456785CN",
                null, null))).isEqualTo("intake.delivery-address-missing");

        mailed.deliver(new DeliveryRequest(null, "ea 123456785 cn", null, null), CLERK, NOW);

        assertThat(mailed.delivery().method()).isEqualTo(DeliveryMethod.MAIL);
        assertThat(mailed.delivery().trackingNumber()).isEqualTo("EA123456785CN");
        assertThat(lastEvent(mailed, ApplicationEvent.ResultDelivered.class).reference()).isEqualTo("EA123456785CN");
    }

    @Test
    void an_electronic_licence_is_the_decisions_licence_and_a_rejection_has_none() {
        Application approved = decided(LocalDate.of(2026, 3, 13), false);
        assertThat(rule(approved, new DeliveryRequest(DeliveryMethod.ELECTRONIC, null, null, "JY-OTHER")))
                .isEqualTo("intake.licence-number-mismatch");
        approved.deliver(new DeliveryRequest(DeliveryMethod.ELECTRONIC, null, null, null), CLERK, NOW);
        assertThat(lastEvent(approved, ApplicationEvent.ResultDelivered.class).reference()).isEqualTo("JY-2026-000123");

        Application rejected = Fixtures.anApplication().complete().submit();
        rejected.decided(new Decision(Outcome.REJECTED, null, null, NOW), NOW);
        assertThat(rule(rejected, new DeliveryRequest(DeliveryMethod.ELECTRONIC, null, null, null)))
                .isEqualTo("intake.electronic-licence-missing");
    }

    @Test
    void a_delivery_after_the_due_date_is_late_and_says_so_in_the_event_and_the_trail() {
        Application decided = decided(LocalDate.of(2026, 3, 13), false);

        decided.deliver(new DeliveryRequest(DeliveryMethod.WINDOW_PICKUP, null, "张三", null), CLERK,
                OffsetDateTime.parse("2026-03-16T09:00:00+08:00"));

        assertThat(decided.delivery().late()).isTrue();
        ApplicationEvent.ResultDelivered delivered = lastEvent(decided, ApplicationEvent.ResultDelivered.class);
        assertThat(delivered.late()).isTrue();
        assertThat(delivered.licenceIssueDueBy()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(decided.changes().auditEntries().getLast().detail()).contains("late", "2026-03-13");
    }

    @Test
    void ems_numbers_follow_the_upu_s10_check_digit() {
        assertThat(TrackingNumbers.checkDigit("12345678")).isEqualTo(5);
        assertThat(TrackingNumbers.valid("EA123456785CN")).isTrue();
        assertThat(TrackingNumbers.valid("EA123456784CN")).isFalse();
        assertThat(TrackingNumbers.valid("1100123456789")).isTrue();
        assertThat(TrackingNumbers.valid("EA12345678CN")).isFalse();
        assertThat(TrackingNumbers.valid(null)).isFalse();
    }

    private static String rule(Application a, DeliveryRequest request) {
        try {
            a.deliver(request, CLERK, NOW);
        } catch (RuleViolation v) {
            return v.violations().getFirst().rule();
        }
        throw new AssertionError("no rule violated by " + request);
    }

    private static Application decided(LocalDate dueBy, boolean provisional) {
        Application a = Fixtures.anApplication().complete().submit();
        a.decided(APPROVED, NOW);
        a.licenceIssueDue(dueBy, provisional);
        return a;
    }

    private static Application decidedWithPreference(DeliveryPreference preference) {
        Submission submission = new Submission("330100-SP-001", null, null, ApplicantKind.PERSON, "张三", VALID_ID,
                "13812345678", List.of(provided("M1"), provided("M2"), provided("M3")), preference, null, null);
        Intake intake = Fixtures.intake(submission, CLERK, Fixtures.item(ItemStatus.PUBLISHED), Fixtures.CITY);
        Application a = Application.submit(CaseNumber.of("C-CITY-01-20260302-000002"), intake,
                new Applicant(ApplicantKind.PERSON, "张三", VALID_ID, "110***********002X", "13812345678", "applicant-1"),
                null, QueryCode.hash("ABCD2345"), CLERK, NOW, TODAY.plusDays(14));
        a.decided(APPROVED, NOW);
        a.licenceIssueDue(LocalDate.of(2026, 3, 13), false);
        return a;
    }

    private static <T> T lastEvent(Application a, Class<T> type) {
        return a.changes().events().stream().filter(type::isInstance).map(type::cast).reduce((x, y) -> y).orElseThrow();
    }
}

package org.onewindow.supervision.records.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onewindow.supervision.records.domain.Fixtures.PUSHED_AT;
import static org.onewindow.supervision.records.domain.Fixtures.aPushedRecord;
import static org.onewindow.supervision.records.domain.Fixtures.inspector;
import static org.onewindow.supervision.records.domain.Fixtures.supervisor;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.kernel.StateConflict;

/** Nothing but reading after a revocation: every command a record has, one row each, all refused alike. */
class RevokedLicenceTest {

    private static final OffsetDateTime LATER = PUSHED_AT.plusHours(2);
    private static final OffsetDateTime LATEST = PUSHED_AT.plusHours(4);

    /** Every command of the record an actor sends, by method name; a new command without a row fails below. */
    private static final Map<String, String> COMMANDS = Map.of(
            "claim", "认领", "takeAction", "责令整改 / 暂扣 / 撤销", "recordInspection", "检查");

    static Stream<Arguments> everyCommand() {
        return Stream.of(
                Arguments.of("claim", (Consumer<SupervisionRecord>) r -> r.claim(supervisor("sup-2"), LATEST)),
                Arguments.of("takeAction RECTIFY", (Consumer<SupervisionRecord>) r -> r.takeAction(UUID.randomUUID(),
                        supervisor("sup-1"), ActionType.RECTIFY, "台账不全", LATEST)),
                Arguments.of("takeAction SUSPEND", (Consumer<SupervisionRecord>) r -> r.takeAction(UUID.randomUUID(),
                        supervisor("sup-1"), ActionType.SUSPEND, "超范围经营", LATEST)),
                Arguments.of("takeAction REVOKE", (Consumer<SupervisionRecord>) r -> r.takeAction(UUID.randomUUID(),
                        supervisor("sup-1"), ActionType.REVOKE, "再次撤销", LATEST)),
                Arguments.of("takeAction without reason", (Consumer<SupervisionRecord>) r -> r.takeAction(
                        UUID.randomUUID(), supervisor("sup-1"), ActionType.SUSPEND, " ", LATEST)),
                Arguments.of("recordInspection by an inspector", (Consumer<SupervisionRecord>) r -> r.recordInspection(
                        UUID.randomUUID(), inspector("ins-1"), InspectionResult.COMPLIANT, "现场检查", LATEST)),
                Arguments.of("recordInspection by a supervisor", (Consumer<SupervisionRecord>) r -> r.recordInspection(
                        UUID.randomUUID(), supervisor("sup-1"), InspectionResult.DEFICIENCIES_FOUND, null, LATEST)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommand")
    void every_command_on_a_revoked_licence_is_a_conflict_and_changes_nothing(String name,
            Consumer<SupervisionRecord> command) {
        SupervisionRecord record = revoked();
        long version = record.version();

        assertThatThrownBy(() -> command.accept(record))
                .isInstanceOfSatisfying(StateConflict.class, e -> {
                    assertThat(e.rule()).isEqualTo(RevokedLicence.RULE);
                    assertThat(e.getMessage()).contains("REVOKED", record.licenceNumber());
                });
        assertThat(record.licenceStatus()).isEqualTo(LicenceStatus.REVOKED);
        assertThat(record.status()).isEqualTo(RecordStatus.CLAIMED);
        assertThat(record.changes().isEmpty()).isTrue();
        assertThat(record.unsavedActions()).isEmpty();
        assertThat(record.unsavedInspections()).isEmpty();
        assertThat(record.version()).isEqualTo(version);
    }

    @Test
    void the_rows_cover_every_command_an_actor_sends_to_a_record() {
        var commands = Arrays.stream(SupervisionRecord.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .filter(m -> Arrays.asList(m.getParameterTypes()).contains(Actor.class))
                .map(Method::getName).collect(Collectors.toSet());
        var rows = everyCommand().map(a -> ((String) a.get()[0]).split(" ")[0]).collect(Collectors.toSet());

        assertThat(commands).as("commands of SupervisionRecord").isEqualTo(COMMANDS.keySet());
        assertThat(rows).as("rows of everyCommand()").isEqualTo(COMMANDS.keySet());
    }

    @Test
    void who_may_not_act_at_all_is_refused_as_before_a_revoked_licence_is_mentioned() {
        SupervisionRecord record = revoked();

        assertThatThrownBy(() -> record.recordInspection(UUID.randomUUID(), Fixtures.staff("ins-h", "HEALTH",
                "INSPECTOR"), InspectionResult.COMPLIANT, null, LATEST))
                .isInstanceOf(org.onewindow.platform.kernel.NotPermitted.class);
    }

    @Test
    void the_escalation_scan_leaves_a_revoked_licence_alone() {
        assertThat(revoked().escalateIfOverdue(LATEST.toLocalDate().plusYears(1), LATEST)).isFalse();
    }

    /** Claimed by sup-1, then revoked; the changes of both are taken away as a save would. */
    private static SupervisionRecord revoked() {
        SupervisionRecord record = aPushedRecord();
        record.claim(supervisor("sup-1"), LATER);
        record.takeAction(UUID.randomUUID(), supervisor("sup-1"), ActionType.REVOKE, "以欺骗手段取得许可", LATER);
        record.changes().clear();
        record.saved(2);
        return record;
    }
}

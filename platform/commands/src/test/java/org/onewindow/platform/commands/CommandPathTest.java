package org.onewindow.platform.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.kernel.AuditEntry;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.kernel.NotPermitted;
import org.onewindow.platform.kernel.StateConflict;
import org.onewindow.platform.web.etags.PreconditionFailed;
import org.onewindow.platform.web.etags.PreconditionRequired;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The one command path on the JVM's embedded PostgreSQL: what commits together, what is refused before any write. */
class CommandPathTest extends ParcelTestSupport {

    static final AuditActor EVE = new AuditActor("eve", "Eve", "CLERK", null, "eve");

    @Autowired
    TransactionTemplate transaction;

    private List<String> outboxed(String id) {
        return jdbc.sql("select payload from outbox where key = :id order by id").param("id", id).query(String.class).list();
    }

    private long storedVersion(String id) {
        return jdbc.sql("select version from parcel where id = :id").param("id", id).query(Long.class).single();
    }

    @Test
    void a_command_saves_state_events_and_audit_together_and_answers_the_new_version() {
        String id = registered();

        Parcel sealed = parcels.change(id, Command.<Parcel>of("seal", BOB).ifMatch("\"v1\"", IfMatch.REQUIRED), p -> p.seal(BOB));

        assertThat(sealed.version()).isEqualTo(2).isEqualTo(storedVersion(id));
        assertThat(outboxed(id)).hasSize(2).last().asString().contains("\"what\":\"sealed\"");
        assertThat(auditTrail.of(id)).extracting(AuditEntry::action).containsExactly("REGISTERED", "SEALED");
        assertThat(auditTrail.of(id).get(1).actor()).isEqualTo(BOB);
        assertThat(sealed.changes().isEmpty()).as("drained after the save").isTrue();
    }

    @Test
    void if_match_is_checked_against_the_loaded_version_before_anything_runs() {
        String id = registered();

        assertThatThrownBy(() -> parcels.change(id, Command.<Parcel>of("weigh", BOB).ifMatch(null, IfMatch.REQUIRED),
                p -> p.weigh(10, BOB))).isInstanceOf(PreconditionRequired.class);
        assertThatThrownBy(() -> parcels.change(id, Command.<Parcel>of("weigh", BOB).ifMatch("\"v7\"", IfMatch.WHEN_GIVEN),
                p -> p.weigh(10, BOB))).isInstanceOf(PreconditionFailed.class).hasMessageContaining("\"v1\"");
        parcels.change(id, Command.<Parcel>of("weigh", BOB).ifMatch(null, IfMatch.WHEN_GIVEN), p -> p.weigh(10, BOB));
        parcels.change(id, Command.<Parcel>of("weigh", BOB).ifMatch(" ", IfMatch.WHEN_GIVEN), p -> p.weigh(12, BOB));

        assertThat(storedVersion(id)).isEqualTo(3);
        assertThat(auditTrail.of(id)).extracting(AuditEntry::action).containsExactly("REGISTERED", "WEIGHED", "WEIGHED");
    }

    @Test
    void the_precondition_can_be_about_a_part_of_the_aggregate() {
        String id = registered();

        // a client that read the parcel at weight 0 (its "part version") is not refused because the parcel moved on
        parcels.change(id, Command.<Parcel>of("weigh", BOB).ifMatch("\"v1\"", IfMatch.REQUIRED), p -> p.weigh(10, BOB));
        parcels.change(id, Command.<Parcel>of("weigh", EVE).ifMatch("\"v10\"", IfMatch.REQUIRED).versionOf(p -> p.weight),
                p -> p.weigh(20, EVE));

        assertThat(storedVersion(id)).isEqualTo(3);
    }

    @Test
    void a_refused_command_writes_nothing() {
        String id = registered();

        assertThatThrownBy(() -> parcels.change(id, Command.of("seal", EVE), p -> p.seal(EVE)))
                .isInstanceOf(NotPermitted.class);
        parcels.change(id, Command.of("seal", BOB), p -> p.seal(BOB));
        assertThatThrownBy(() -> parcels.change(id, Command.of("weigh", BOB), p -> p.weigh(5, BOB)))
                .isInstanceOf(StateConflict.class);
        assertThatThrownBy(() -> parcels.change("P-none", Command.of("weigh", BOB), p -> p.weigh(5, BOB)))
                .isInstanceOf(NotFound.class);

        assertThat(storedVersion(id)).isEqualTo(2);
        assertThat(outboxed(id)).hasSize(2);
        assertThat(auditTrail.of(id)).extracting(AuditEntry::action).containsExactly("REGISTERED", "SEALED");
    }

    @Test
    void a_failure_after_the_domain_ran_rolls_back_state_events_and_audit() {
        String id = registered();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            parcels.change(id, Command.of("seal", BOB), p -> p.seal(BOB));
            throw new IllegalStateException("the caller's transaction fails afterwards");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(storedVersion(id)).isEqualTo(1);
        assertThat(outboxed(id)).hasSize(1);
        assertThat(auditTrail.of(id)).hasSize(1);
    }

    @Test
    void a_consumed_event_takes_the_same_path_and_an_unknown_aggregate_is_reported() {
        String id = registered();
        AuditActor system = AuditActor.system("commands-test");

        boolean applied = parcels.onEvent(id, Command.of("seal", BOB), p -> p.seal(system));

        assertThat(applied).isTrue();
        assertThat(parcels.onEvent("P-none", Command.of("seal", BOB), p -> p.seal(system))).isFalse();
        assertThat(auditTrail.of(id).get(1).actor().principal()).isEqualTo("system:commands-test");
    }

    @Test
    void a_save_that_lost_the_race_is_a_conflict_not_a_lost_update() {
        String id = registered();

        // a store that read without a lock (or a stale copy) saves against an older version: the version check refuses
        assertThatThrownBy(() -> parcels.change(id, Command.of("weigh", BOB), p -> {
            p.version = p.version - 1;
            p.weigh(30, BOB);
        })).isInstanceOf(StateConflict.class).hasMessageContaining("changed by someone else")
                .extracting(e -> ((StateConflict) e).rule()).isEqualTo("parcel.concurrent-change");

        assertThat(storedVersion(id)).isEqualTo(1);
        assertThat(auditTrail.of(id)).hasSize(1);
    }

    @Test
    void a_command_that_changes_nothing_writes_nothing() {
        String id = registered();

        parcels.run(id, Command.of("look", BOB), p -> p.weight);

        assertThat(storedVersion(id)).isEqualTo(1);
    }
}

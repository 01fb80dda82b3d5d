package org.onewindow.supervision.config;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.onewindow.platform.calendar.CalendarReplica;
import org.onewindow.platform.commands.AccessPolicy;
import org.onewindow.platform.commands.AuditTrail;
import org.onewindow.platform.commands.CommandPath;
import org.onewindow.platform.commands.CommandPaths;
import org.onewindow.supervision.draws.adapters.persistence.JdbcDrawStore;
import org.onewindow.supervision.draws.application.Draws;
import org.onewindow.supervision.draws.domain.Draw;
import org.onewindow.supervision.reconciliation.adapters.persistence.JdbcReconciliationFacts;
import org.onewindow.supervision.reconciliation.application.Reconciliation;
import org.onewindow.supervision.records.adapters.messaging.RecordContracts;
import org.onewindow.supervision.records.adapters.persistence.JdbcDecisionLedger;
import org.onewindow.supervision.records.adapters.persistence.JdbcRecordStore;
import org.onewindow.supervision.records.adapters.scheduling.EscalationScan;
import org.onewindow.supervision.records.application.RecordQueries;
import org.onewindow.supervision.records.application.SupervisionRecords;
import org.onewindow.supervision.records.domain.RecordEvent;
import org.onewindow.supervision.records.domain.SupervisionRecord;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires supervision: its two command paths, the use cases on them, and the escalation scan's schedule. The time
 * comes from the platform's {@link Clock} bean (China's zone); tests replace it with their own.
 *
 * <p>Access policies are {@link AccessPolicy#permitAll()}: who may claim, act, inspect or draw depends on the
 * record's department and participants and on the actor's department, so those rules stay in the domain
 * ({@code SupervisorPermissions}, {@code Draw.requireMayDraw}); the roles are checked on the endpoints.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SupervisionProperties.class)
public class SupervisionConfiguration {

    /** Records: audit trail subject = the case number. */
    @Bean
    CommandPath<UUID, SupervisionRecord, RecordEvent> recordCommands(CommandPaths paths, JdbcRecordStore store) {
        return paths.of("supervision record", store, record -> record.caseNumber().value(), new RecordContracts(),
                AccessPolicy.permitAll());
    }

    /** Draws: audit trail subject = the draw's id; no contract event exists for a draw. */
    @Bean
    CommandPath<UUID, Draw, Draw.Made> drawCommands(CommandPaths paths, JdbcDrawStore store) {
        return paths.of("draw", store, draw -> draw.id().toString(), made -> List.of(),
                AccessPolicy.permitAll());
    }

    @Bean
    SupervisionRecords supervisionRecords(CommandPath<UUID, SupervisionRecord, RecordEvent> recordCommands,
            JdbcRecordStore store, JdbcDecisionLedger decisions, CalendarReplica calendar, Clock clock,
            SupervisionProperties properties) {
        return new SupervisionRecords(recordCommands, store, decisions, calendar, clock, properties.claimWorkingDays(),
                properties.pushWorkingDays());
    }

    @Bean
    RecordQueries recordQueries(JdbcRecordStore store, AuditTrail auditTrail) {
        return new RecordQueries(store, auditTrail);
    }

    @Bean
    Draws draws(CommandPath<UUID, Draw, Draw.Made> drawCommands, JdbcDrawStore store, Clock clock) {
        return new Draws(drawCommands, store, clock);
    }

    @Bean
    Reconciliation reconciliation(JdbcReconciliationFacts facts, Clock clock) {
        return new Reconciliation(facts, clock);
    }

    /** Runs the escalation scan every {@code escalation.scan-interval} when {@code escalation.enabled}. */
    @Bean
    EscalationScan escalationScan(SupervisionRecords records, SupervisionProperties properties) {
        return new EscalationScan(records, properties.escalation().enabled(), properties.escalation().scanInterval());
    }
}

package org.onewindow.platform.messaging;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.onewindow.platform.kernel.StateConflict;
import org.slf4j.MDC;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A minimal service: one table written with its event, one table of consumer effects, two subscriptions.
 * It shares the platform's package, so the scan leaves out the auto-configuration's nested classes (services
 * live in other packages and never see them).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "org\\.onewindow\\.platform\\.messaging\\.MessagingAutoConfiguration.*"))
class MessagingTestApplication {

    @Bean
    EventSubscription notesSubscription(Effects effects) {
        return EventSubscription.forGroup("notes").on(CaseNoted.class, effects::noted).build();
    }

    @Bean
    EventSubscription ratingsSubscription(Effects effects) {
        return EventSubscription.forGroup("ratings").on(CaseRated.class, effects::rated).build();
    }

    @Service
    static class Cases {
        private final JdbcClient jdbc;
        private final EventPublisher events;

        Cases(JdbcClient jdbc, EventPublisher events) {
            this.jdbc = jdbc;
            this.events = events;
        }

        @Transactional
        public void note(String caseNumber, int sequence, String behaviour) {
            jdbc.sql("insert into cases values (?, ?)").params(caseNumber, sequence).update();
            events.publish(new CaseNoted(caseNumber, sequence, behaviour));
        }

        @Transactional
        public void noteThenFail(String caseNumber) {
            note(caseNumber, 0, "ok");
            throw new IllegalStateException("rolled back on purpose");
        }

        @Transactional
        public void rate(String caseNumber) {
            events.publish(new CaseRated(caseNumber));
        }

        int cases(String caseNumber) {
            return jdbc.sql("select count(*) from cases where case_number = ?").param(caseNumber).query(Integer.class).single();
        }
    }

    /** The consumer side: every handled event leaves one row in {@code effects}. */
    @Component
    static class Effects {
        private final JdbcClient jdbc;
        final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        final Set<String> released = ConcurrentHashMap.newKeySet();
        /** Cases whose CaseNoted handler fails as if the database were unreachable, until removed. */
        final Set<String> down = ConcurrentHashMap.newKeySet();
        /** The MDC trace id the handler of a case's CaseNoted ran under ("none" without one). */
        final Map<String, String> traceIds = new ConcurrentHashMap<>();

        Effects(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        void noted(CaseNoted event, IncomingEvent<CaseNoted> meta) {
            attempts.computeIfAbsent(event.caseNumber(), k -> new AtomicInteger()).incrementAndGet();
            traceIds.put(event.caseNumber(), Objects.requireNonNullElse(MDC.get("traceId"), "none"));
            if (down.contains(event.caseNumber())) {
                throw new CannotGetJdbcConnectionException("database unreachable (test)",
                        new SQLException("Connection refused", "08001"));
            }
            // "nul": the text PostgreSQL refuses (SQLState 22021), as a NUL character from an upstream service
            String caseNumber = "nul".equals(event.behaviour()) ? event.caseNumber() + "\0" : event.caseNumber();
            jdbc.sql("insert into effects (case_number, sequence, event_id) values (?, ?, ?)")
                    .params(caseNumber, event.sequence(), meta.id()).update();
            if ("fail".equals(event.behaviour())) {
                throw new IllegalStateException("handler refused " + event.caseNumber());
            }
            if ("conflict".equals(event.behaviour())) {
                throw new StateConflict("test.state", "case " + event.caseNumber() + " is not in a state for this");
            }
        }

        void rated(CaseRated event, IncomingEvent<CaseRated> meta) {
            if (!released.contains(event.caseNumber())) {
                throw new IllegalStateException("not yet released: " + event.caseNumber());
            }
            jdbc.sql("insert into effects (case_number, sequence, event_id) values (?, 0, ?)")
                    .params(event.caseNumber(), meta.id()).update();
        }

        int count(String caseNumber) {
            return jdbc.sql("select count(*) from effects where case_number = ?").param(caseNumber).query(Integer.class).single();
        }

        List<Integer> sequences(String caseNumber) {
            return jdbc.sql("select sequence from effects where case_number = ? order by id")
                    .param(caseNumber).query(Integer.class).list();
        }
    }

    /** What the relay's session passed on from other instances' notices. */
    @Component
    static class ChangedElsewhere implements SubjectsChangedElsewhere {
        final Set<String> subjects = ConcurrentHashMap.newKeySet();

        @Override
        public void changed(String subject) {
            subjects.add(subject);
        }
    }

    /** Lets a test make the relay die after the broker acknowledged chosen rows, before they are marked. */
    @Component
    static class RelayFaults implements RelayHook {
        final Set<Long> failOnce = ConcurrentHashMap.newKeySet();
        final AtomicInteger injected = new AtomicInteger();

        @Override
        public void acknowledged(List<Long> outboxIds) {
            for (Long id : outboxIds) {
                if (failOnce.remove(id)) {
                    injected.incrementAndGet();
                    throw new IllegalStateException("relay crashed after send of outbox row " + id);
                }
            }
        }
    }
}

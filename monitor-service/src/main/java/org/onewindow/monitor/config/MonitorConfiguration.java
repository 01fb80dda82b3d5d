package org.onewindow.monitor.config;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.onewindow.contracts.catalog.CalendarPublished;
import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.contracts.intake.ApplicationNotAccepted;
import org.onewindow.contracts.intake.ResultDelivered;
import org.onewindow.contracts.rating.RatingSubmitted;
import org.onewindow.contracts.rating.RectificationOpened;
import org.onewindow.contracts.review.DeadlineWarning;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.ReviewCaseOpened;
import org.onewindow.contracts.review.TaskCompleted;
import org.onewindow.contracts.supervision.SupervisionRecordClaimed;
import org.onewindow.contracts.supervision.SupervisionRecordEscalated;
import org.onewindow.contracts.supervision.SupervisionRecordPushed;
import org.onewindow.monitor.alerts.adapters.messaging.AlertContracts;
import org.onewindow.monitor.alerts.adapters.persistence.JdbcAlerts;
import org.onewindow.monitor.alerts.adapters.persistence.JdbcRuleCandidates;
import org.onewindow.monitor.alerts.adapters.persistence.JdbcScanLock;
import org.onewindow.monitor.alerts.adapters.scheduling.AlertScan;
import org.onewindow.monitor.alerts.application.AlertService;
import org.onewindow.monitor.alerts.domain.Alert;
import org.onewindow.monitor.alerts.domain.AlertEvent;
import org.onewindow.monitor.feed.adapters.messaging.FeedRecorder;
import org.onewindow.monitor.feed.adapters.persistence.JdbcFeed;
import org.onewindow.monitor.feed.adapters.persistence.JdbcFeedTickets;
import org.onewindow.monitor.feed.adapters.scheduling.FeedRetention;
import org.onewindow.monitor.feed.adapters.web.FeedStreams;
import org.onewindow.monitor.feed.application.FeedTickets;
import org.onewindow.monitor.figures.adapters.messaging.StreamProjection;
import org.onewindow.monitor.figures.adapters.persistence.JdbcFigures;
import org.onewindow.monitor.figures.adapters.persistence.JdbcReadModel;
import org.onewindow.monitor.infrastructure.adapters.messaging.BrokerView;
import org.onewindow.monitor.infrastructure.adapters.messaging.ConsumerProgress;
import org.onewindow.monitor.infrastructure.adapters.messaging.ReadModelRebuild;
import org.onewindow.monitor.infrastructure.adapters.persistence.JdbcConsumerPositions;
import org.onewindow.platform.calendar.CalendarReplica;
import org.onewindow.platform.commands.AccessPolicy;
import org.onewindow.platform.commands.CommandPath;
import org.onewindow.platform.commands.CommandPaths;
import org.onewindow.platform.messaging.EventSubscription;
import org.onewindow.platform.messaging.MessagingProperties;
import org.onewindow.platform.messaging.SubscriptionContainers;
import org.onewindow.platform.messaging.TopicNames;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Wiring: the consumer group {@code monitor} on the public topics (nothing else: monitor reads what an outside
 * dashboard team could read), the alerts' command path (alerts reach {@code monitor.alerts} through the outbox),
 * the scheduled scan, and the broker's admin view for the infrastructure figures.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MonitorProperties.class)
public class MonitorConfiguration {

    /**
     * The bare subscription group (as in {@link #monitorSubscription}): inbox rows and stored positions use it;
     * Kafka's group id adds the suffix.
     */
    static final String GROUP = "monitor";

    /**
     * Consumer group {@code monitor}: each event updates the read model in one transaction with its inbox row; a
     * record that cannot be read goes to {@code monitor.dlt}. Catalog events other than the calendar are not needed.
     * Every case event is also appended to the live feed in that transaction.
     */
    @Bean
    EventSubscription monitorSubscription(StreamProjection projection, CalendarReplica calendar, FeedRecorder feed) {
        return EventSubscription.forGroup("monitor") // literal: deploy/k8s-tests finds the group (and its DLT) by it
                .on(ApplicationAccepted.class, (event, meta) -> {
                    projection.on(event);
                    feed.record(meta);
                })
                .on(ApplicationNotAccepted.class, (event, meta) -> {
                    projection.on(event);
                    feed.record(meta);
                })
                .on(ResultDelivered.class, (event, meta) -> {
                    projection.on(event);
                    feed.record(meta);
                })
                .on(ReviewCaseOpened.class, (event, meta) -> {
                    projection.on(event);
                    feed.record(meta);
                })
                .on(TaskCompleted.class, (event, meta) -> {
                    projection.on(event);
                    feed.record(meta);
                })
                .on(DeadlineWarning.class, (event, meta) -> {
                    projection.on(event);
                    feed.record(meta);
                })
                .on(DecisionMade.class, (event, meta) -> {
                    projection.on(event);
                    feed.record(meta);
                })
                .on(SupervisionRecordPushed.class, (event, meta) -> {
                    projection.on(event);
                    feed.record(meta);
                })
                .on(SupervisionRecordClaimed.class, (event, meta) -> {
                    projection.on(event);
                    feed.record(meta);
                })
                .on(SupervisionRecordEscalated.class, (event, meta) -> {
                    projection.on(event);
                    feed.record(meta);
                })
                .on(RatingSubmitted.class, (event, meta) -> {
                    projection.on(event);
                    feed.record(meta);
                })
                .on(RectificationOpened.class, (event, meta) -> {
                    projection.on(event);
                    feed.record(meta);
                })
                .on(CalendarPublished.class, (event, meta) -> calendar.apply(event))
                .build();
    }

    /** Alerts: the audit trail's subject is the case number. */
    @Bean
    CommandPath<UUID, Alert, AlertEvent> alertCommands(CommandPaths paths, JdbcAlerts alerts) {
        return paths.of("alert", alerts, Alert::caseNumber, new AlertContracts(), AccessPolicy.permitAll());
    }

    @Bean
    AlertService alertService(CommandPath<UUID, Alert, AlertEvent> alertCommands, JdbcAlerts alerts,
                              JdbcRuleCandidates candidates, JdbcScanLock lock, TransactionTemplate transaction,
                              CalendarReplica calendar, Clock clock, MonitorProperties properties,
                              ConsumerProgress progress, FeedRecorder feed) {
        return new AlertService(alertCommands, alerts, candidates, lock, transaction, calendar, clock,
                properties.terms(), progress, feed);
    }

    @Bean(destroyMethod = "close")
    BrokerView brokerView(KafkaProperties kafka, MessagingProperties messaging) {
        return new BrokerView(kafka.buildAdminProperties(), messaging.getDeadLetters().getTopicSuffix(),
                messaging.getDeadLetters().getReplayGroupSuffix());
    }

    @Bean
    ConsumerProgress consumerProgress(BrokerView broker, JdbcConsumerPositions positions,
                                      EventSubscription monitorSubscription, TopicNames topics) {
        List<String> names = monitorSubscription.streams().stream().map(topics::topic).distinct().toList();
        return new ConsumerProgress(broker, positions, GROUP, names);
    }

    @Bean
    ReadModelRebuild readModelRebuild(SubscriptionContainers consumers, JdbcReadModel model,
                                      TransactionTemplate transaction) {
        return new ReadModelRebuild(consumers, model, transaction);
    }

    /** Appends consumed events and raised alerts to the live feed. */
    @Bean
    FeedRecorder feedRecorder(JdbcFeed feed, JsonMapper json, Clock clock, MonitorProperties properties) {
        return new FeedRecorder(feed, json, clock, properties.feed().retention());
    }

    @Bean
    FeedTickets feedTickets(JdbcFeedTickets tickets, Clock clock, MonitorProperties properties) {
        return new FeedTickets(tickets, clock, properties.feed().ticketTtl());
    }

    @Bean
    FeedStreams feedStreams(JdbcFeed feed, JdbcFigures figures, JsonMapper json, Clock clock,
                            MonitorProperties properties) {
        return new FeedStreams(feed, figures, json, clock, properties.feed());
    }

    /** Trims the live feed every {@code feed.retention-interval}. */
    @Bean
    FeedRetention feedRetention(JdbcFeed feed, JdbcFeedTickets tickets, Clock clock, MonitorProperties properties) {
        MonitorProperties.Feed settings = properties.feed();
        return new FeedRetention(feed, tickets, clock, settings.retention(), settings.maxEntries(),
                settings.retentionInterval());
    }

    /** Runs the 电子监察 scan every {@code scan.interval} when {@code scan.enabled}. */
    @Bean
    AlertScan alertScan(AlertService alerts, MonitorProperties properties) {
        return new AlertScan(alerts, properties.scan().enabled(), properties.scan().interval());
    }
}

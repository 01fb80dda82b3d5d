/**
 * Consistency backbone of the suite (DESIGN.md §3, §4): CloudEvents over Kafka, a transactional outbox with one
 * relay per service, idempotent inbox consumers, bounded retries and dead-letter topics. Auto-configured by
 * {@link org.onewindow.platform.messaging.MessagingAutoConfiguration} when the module is on the classpath; its
 * tables ({@code outbox}, {@code inbox}) come from Flyway location {@code classpath:db/platform-messaging}
 * (V0_1, V0_2), added to the service's own {@code db/migration} automatically.
 *
 * <h2>Publishing</h2>
 * <pre>{@code
 * @Transactional
 * public void accept(...) {
 *     repository.save(application);                    // the state change
 *     events.publish(new ApplicationAccepted(...));    // EventPublisher: same transaction
 * }
 * }</pre>
 * {@link org.onewindow.platform.messaging.EventPublisher#publish} throws {@code IllegalStateException} outside a
 * transaction. The topic comes from the record's {@code @EventType(stream = ...)} through
 * {@link org.onewindow.platform.messaging.TopicNames}; key and {@code ce_subject} = {@code subject()}; the value is
 * the record as JSON (Boot's Jackson 3 {@code JsonMapper}). Headers: {@code ce_specversion=1.0}, {@code ce_id}
 * (UUID), {@code ce_type} ({@code EventTypes.ceType}), {@code ce_source} ({@code onewindow.messaging.source}),
 * {@code ce_subject}, {@code ce_time}, {@code content-type=application/json}, {@code traceparent} when traced.
 *
 * <h2>Why a hand-written outbox and not Spring Modulith</h2>
 * Modulith's event publication registry externalises each event to Kafka asynchronously after commit, one
 * publication at a time, and republishes incomplete publications later (on restart or on a schedule). Two events
 * of one case committed in sequence can therefore reach Kafka out of order (the second is sent while the first
 * waits for its resubmission), and the consumers' state machines depend on per-case order. Our
 * {@link org.onewindow.platform.messaging.OutboxRelay} is a single thread per service (a PostgreSQL advisory lock
 * elects it when the service is scaled out) that sends rows in commit-id order, waits for every acknowledgement
 * ({@code acks=all}, idempotent producer, at most 5 requests in flight) and marks the acknowledged prefix
 * published in one UPDATE; a failed send leaves it and its successors for the next round. A crash between the
 * acknowledgement and the UPDATE publishes the rows again: consumers see at-least-once delivery, and the inbox
 * turns that into exactly-once effects. The relay wakes on the publisher's {@code NOTIFY} (delivered at commit)
 * or after {@code relay.poll-interval}. Published rows are deleted after {@code relay.retention}.
 *
 * <h2>Subscribing</h2>
 * <pre>{@code
 * @Bean
 * EventSubscription supervisionSubscription(Records records) {
 *     return EventSubscription.forGroup("supervision")
 *             .on(DecisionMade.class, (event, meta) -> records.onDecision(event, meta))
 *             .on(ItemVersionChanged.class, (event, meta) -> catalog.apply(event))
 *             .build();
 * }
 * }</pre>
 * One listener container per subscription, on the topics of the registered records' streams. Per record: the
 * envelope is checked ({@link org.onewindow.platform.messaging.CloudEventHeaders#read}), a {@code ce_type} the
 * subscription does not register is skipped and committed, the JSON is bound to the record class (and its
 * {@code subject()} must match {@code ce_subject}), then the handler runs in ONE database transaction with the
 * insert of {@code inbox(consumer_group, event_id)}: if that row already existed the handler is not called.
 * Write the effect with the service's {@code JdbcClient} inside the handler; do not publish to Kafka directly
 * (use {@code EventPublisher}: it joins the same transaction). {@code meta} is an
 * {@link org.onewindow.platform.messaging.IncomingEvent} (ce_id, ce_type, source, subject, time, traceparent,
 * topic, partition, offset). The whole handling runs in a {@code CONSUMER} span whose parent is the record's
 * {@code traceparent} ({@link org.onewindow.platform.messaging.ConsumerTracing}, when Micrometer Tracing has a
 * tracer): the handler's log lines carry the producing request's trace id, and events it publishes carry the trace
 * on. Dead-letter warnings are logged in that trace too.
 * <ul>
 * <li>Malformed records ({@link org.onewindow.platform.messaging.MalformedEventException}: missing/invalid
 * {@code ce_*} headers, JSON that does not bind) go straight to the dead-letter topic.</li>
 * <li>A handler exception rolls back effect and inbox row; the record is retried
 * ({@code consumer.attempts}, default 3 deliveries, {@code consumer.backoff} 200ms apart), then dead-lettered;
 * the partition moves on.</li>
 * <li>DLT of group {@code g}: {@code g<consumer-group-suffix>.dlt}, same partitions, created by the platform; its
 * records keep the original headers plus spring-kafka's {@code kafka_dlt-*} headers (original topic, partition,
 * offset, exception message). Counter {@code onewindow.dlt.records{group}}; gauge
 * {@code onewindow.dlt.depth{group}} (records after the committed offset of {@code <dlt>-replay}).</li>
 * <li>Actuator endpoint {@code deadletters}: {@code GET /actuator/deadletters} (every group: depth and records
 * not yet replayed, error and payload masked), {@code GET /actuator/deadletters/{group}},
 * {@code POST /actuator/deadletters/{group}} replays them to their original topic (inboxes of groups that had
 * handled the event ignore the copy). Expose it with {@code management.endpoints.web.exposure.include}.</li>
 * </ul>
 *
 * <h2>Properties</h2>
 * <ul>
 * <li>{@code onewindow.topics.<stream-id>}: topic of a stream (default {@code Stream.defaultTopic()}).</li>
 * <li>{@code onewindow.messaging.source}: {@code ce_source}, default {@code /onewindow/${spring.application.name}}.</li>
 * <li>{@code onewindow.messaging.partitions} (6), {@code .create-topics} (true: every stream's topic, compacted
 * where the stream is, and this service's DLTs, as {@code NewTopic} beans).</li>
 * <li>{@code onewindow.messaging.consumer-group-suffix} (""), {@code .consumer.attempts} (3),
 * {@code .consumer.backoff} (200ms), {@code .consumer.concurrency} (1).</li>
 * <li>{@code onewindow.messaging.relay.enabled} (true), {@code .relay.poll-interval} (50ms),
 * {@code .relay.batch-size} (200), {@code .relay.send-timeout} (30s), {@code .relay.retention} (1d),
 * {@code .relay.cleanup-interval} (10m).</li>
 * <li>{@code onewindow.messaging.dead-letters.topic-suffix} (.dlt), {@code .replay-group-suffix} (-replay),
 * {@code .depth-interval} (10s), {@code .list-limit} (100).</li>
 * <li>Kafka connection and client settings: Boot's {@code spring.kafka.*}; the producer's {@code acks=all} and
 * idempotence are not overridable. New groups start from the earliest offset.</li>
 * </ul>
 * Metrics: {@code onewindow.outbox.unpublished}, {@code onewindow.outbox.oldest.age} (seconds). Health
 * contributor {@code kafka} (describeCluster, 2s timeout). The relay keeps one pooled connection for its
 * LISTEN/advisory-lock session.
 */
package org.onewindow.platform.messaging;

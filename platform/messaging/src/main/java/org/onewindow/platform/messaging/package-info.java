/**
 * Consistency backbone of the suite (DESIGN.md §3, §4): CloudEvents over Kafka, a transactional outbox with one
 * relay per service, idempotent inbox consumers, bounded retries and dead-letter topics. Auto-configured by
 * {@link org.onewindow.platform.messaging.MessagingAutoConfiguration} when the module is on the classpath; its
 * tables ({@code outbox}, {@code inbox}, {@code outbox_resolution}) come from Flyway location
 * {@code classpath:db/platform-messaging} (V0_1, V0_2, V0_2_1), added to the service's own {@code db/migration}
 * automatically.
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
 * An event whose record (payload, key and these headers) is above
 * {@link org.onewindow.contracts.EventLimits#MAX_EVENT_BYTES} (90 % of the broker's 1 MiB) is refused with a
 * {@link org.onewindow.platform.kernel.RuleViolation} (field {@code event}, rule {@code event.too-large}; a 422
 * through platform-web) and nothing is written: the transaction rolls back.
 *
 * <h2>Why a hand-written outbox and not Spring Modulith</h2>
 * Modulith's event publication registry externalises each event to Kafka asynchronously after commit, one
 * publication at a time, and republishes incomplete publications later (on restart or on a schedule). Two events
 * of one case committed in sequence can therefore reach Kafka out of order (the second is sent while the first
 * waits for its resubmission), and the consumers' state machines depend on per-case order. Our
 * {@link org.onewindow.platform.messaging.OutboxRelay} is a single thread per service (a PostgreSQL advisory lock
 * elects it when the service is scaled out) that sends rows in commit-id order, waits for every acknowledgement
 * ({@code acks=all}, idempotent producer, at most 5 requests in flight) and marks the acknowledged rows
 * published in one UPDATE; a row that failed leaves itself and the later rows of its topic and key for the next
 * round (rows of other keys are marked). A crash between the acknowledgement and the UPDATE publishes the rows
 * again: consumers see at-least-once delivery, and the inbox turns that into exactly-once effects. The relay wakes
 * on the publisher's {@code NOTIFY} (delivered at commit) or after {@code relay.poll-interval}. Published rows are
 * deleted after {@code relay.retention}.
 *
 * <h2>No poison can block a stream: parked and held rows</h2>
 * Each failure of a row is classified ({@link org.onewindow.platform.messaging.PublishFailure}):
 * <ul>
 * <li><b>Permanent</b>, retrying cannot fix the record: above {@code relay.max-record-bytes} (default
 * {@code EventLimits.MAX_EVENT_BYTES}, checked client-side BEFORE sending: key + value + headers), a record that
 * cannot be built or serialised, {@code RecordTooLargeException}, {@code RecordBatchTooLargeException},
 * {@code InvalidTopicException}, {@code InvalidRecordException}, and any other non-retriable Kafka
 * {@code ApiException} except those about the client or cluster. The row is <b>parked</b> ({@code parked_at},
 * {@code parked_reason}, {@code record_bytes}), logged once at ERROR with id, event id, type, topic, key, size
 * and reason. The later unpublished rows of the same topic and key are <b>held</b>: left out of every batch until
 * the parked row is resolved, so per-key order stays; every other key keeps flowing.</li>
 * <li><b>Transient</b>, never parked, retried without limit: {@code RetriableException}s (timeouts, metadata,
 * {@code UnknownTopicOrPartition} while the broker starts, {@code NotLeaderOrFollower}, network), authentication
 * and authorisation, broker not available, unsupported version, the idempotent producer's sequence/epoch errors,
 * unknown server errors, interruptions, database errors, and anything unrecognised. After a round with one, the
 * relay waits {@code relay.backoff-initial} times {@code relay.backoff-multiplier} per failed round, at most
 * {@code relay.backoff-max}; the outage is logged once when it starts (WARN) and once when it clears (INFO).</li>
 * </ul>
 * The edge: a broker limit below ours shows only on the acknowledgement. The row is parked then; the later rows
 * of its key sent in the same round are not marked published even if acknowledged, so they are held and sent again
 * after the resolution (a consumer may see such an event before and after the parked one; its inbox drops the
 * second copy). With the broker's and topics' limits at 1 MiB (above ours) this does not happen.
 * <p>Ops ({@link org.onewindow.platform.messaging.OutboxEndpoint}, id {@code outbox}; docs/operations.md "Parked
 * outbox events"): {@code GET /actuator/outbox} (pending count, parked rows with their held rows, latest
 * resolutions, the relay's outage if any), {@code GET /actuator/outbox/{id}}, {@code POST /actuator/outbox/{id}/replay}
 * (un-park after a fix; the relay tries it again first of its key) and {@code POST /actuator/outbox/{id}/discard}
 * with {@code {"reason": "..."}} (required; the row is marked {@code discarded_at}, kept, and its held rows flow).
 * Both write {@code outbox_resolution} (who: the authenticated principal or "ops", when, why, action, the parked
 * reason) through {@link org.onewindow.platform.messaging.OutboxOperations}.
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
 * {@code .relay.batch-size} (200), {@code .relay.send-timeout} (30s, for all acknowledgements of a round),
 * {@code .relay.retention} (1d), {@code .relay.cleanup-interval} (10m), {@code .relay.max-record-bytes}
 * ({@code EventLimits.MAX_EVENT_BYTES}), {@code .relay.backoff-initial} (200ms), {@code .relay.backoff-max} (10s),
 * {@code .relay.backoff-multiplier} (2).</li>
 * <li>{@code onewindow.messaging.dead-letters.topic-suffix} (.dlt), {@code .replay-group-suffix} (-replay),
 * {@code .depth-interval} (10s), {@code .list-limit} (100).</li>
 * <li>Kafka connection and client settings: Boot's {@code spring.kafka.*}; the producer's {@code acks=all} and
 * idempotence are not overridable. New groups start from the earliest offset.</li>
 * </ul>
 * Metrics: {@code onewindow.outbox.unpublished} (parked and held included), {@code onewindow.outbox.oldest.age}
 * (seconds, of the rows the relay is trying to send), {@code onewindow.outbox.parked} (alert on &gt; 0),
 * {@code onewindow.outbox.held}. Health
 * contributor {@code kafka} (describeCluster, 2s timeout). The relay keeps one pooled connection for its
 * LISTEN/advisory-lock session.
 */
package org.onewindow.platform.messaging;

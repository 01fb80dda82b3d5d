/**
 * Consistency backbone of the suite (DESIGN.md §3, §4): CloudEvents over Kafka, a transactional outbox with one
 * relay per service, poison rows parked and held per key, idempotent inbox consumers with their Kafka offsets
 * stored in the same database, poison vs transient failure handling, dead-letter topics whose letters block their
 * case until an operator resolves them. Auto-configured by
 * {@link org.onewindow.platform.messaging.MessagingAutoConfiguration} when the module is on the classpath; its
 * tables ({@code outbox}, {@code outbox_resolution}, {@code inbox}, {@code dead_letter}, {@code consumer_offset})
 * come from Flyway location {@code classpath:db/platform-messaging} (V0_1, V0_2, V0_2_1, V0_4, V0_4_1, V0_4_2),
 * added to the service's own {@code db/migration} automatically.
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
 * One listener container per subscription, on the topics of the registered records' streams. The records of a poll
 * share database transactions of up to {@code consumer.records-per-transaction} records (50; 1 gives a transaction
 * per record; none is added once the transaction has run for {@code consumer.transaction-time-limit}, 50 ms), taken
 * in their order, so per key in the order published. Per record, in that transaction: the
 * group's stored offset is checked (for a partition's first record in the transaction) and advanced (once per
 * partition, after its last record), the envelope is checked
 * ({@link org.onewindow.platform.messaging.CloudEventHeaders#read}), a {@code ce_type} the subscription does not
 * register is skipped (only its offset commits, and most skips take no transaction: below), the JSON is bound to
 * the record class (and its {@code subject()} must match {@code ce_subject}), then
 * {@code inbox(consumer_group, event_id)} is inserted and the handler runs: if that row already existed the
 * handler is not called. Write the effect with the service's {@code JdbcClient}
 * inside the handler; do not publish to Kafka directly (use {@code EventPublisher}: it joins the same
 * transaction). {@code meta} is an {@link org.onewindow.platform.messaging.IncomingEvent} (ce_id, ce_type, source,
 * subject, time, traceparent, topic, partition, offset). The whole handling runs in a {@code CONSUMER} span whose
 * parent is the record's {@code traceparent} ({@link org.onewindow.platform.messaging.ConsumerTracing}, when
 * Micrometer Tracing has a tracer): the handler's log lines carry the producing request's trace id, and events it
 * publishes carry the trace on. Dead-letter warnings are logged in that trace too.
 *
 * <h2>Failures: poison, transient, unknown</h2>
 * A failure rolls back effect, inbox row and offset, of every record in the transaction. The records before the
 * failing one are then handled again in a transaction of their own and stored, and the failing one goes to the error
 * handler with its index in the poll ({@code BatchListenerFailedException}; a failure no record can be blamed for,
 * such as the commit's, makes each record of the transaction run alone to find out). So a poison event costs one
 * rolled-back transaction more, never a half-written effect, and its handler runs once per delivery. What happens
 * next depends on the whole cause chain ({@code HandlerFailure}):
 * <ul>
 * <li><b>Transient</b> (the database or broker is unreachable, restarting or busy: {@code CannotGetJdbcConnection},
 * {@code CannotCreateTransaction}, {@code DataAccessResourceFailure}, {@code TransientDataAccess}, SQLState classes
 * 08 and 53, 57P01-57P03, 40001, 40P01, 55P03, Kafka's retriable errors): retried without limit, waiting
 * {@code consumer.transient-backoff} doubling up to {@code consumer.transient-max-backoff} (capped at a quarter of
 * {@code max.poll.interval.ms}), never dead-lettered: a database down for a minute dead-letters nothing. Each wait is
 * spring-kafka's stoppable sleep between two polls, so the consumer stays in its group and a stop ends it at once.
 * A transient cause anywhere in the chain wins.</li>
 * <li><b>Poison</b> (retrying cannot fix it: {@link org.onewindow.platform.messaging.MalformedEventException}
 * (missing/invalid {@code ce_*} headers, JSON that does not bind, JSON {@code null}), a kernel {@code RuleViolation},
 * {@code StateConflict}, {@code NotFound} or {@code NotPermitted} thrown by the handler, PostgreSQL data errors of
 * classes 22 and 23 such as a NUL character in text, Jackson errors): dead-lettered at once.</li>
 * <li><b>Unknown</b> (anything else): {@code consumer.attempts} deliveries (default 3, {@code consumer.backoff}
 * 200ms apart), then dead-lettered.</li>
 * </ul>
 * Retries are logged at the 1st, 2nd, 4th, 8th... attempt and counted ({@code onewindow.consumer.failures{group,kind}}).
 *
 * <h2>Dead letters</h2>
 * <ul>
 * <li>DLT of group {@code g}: {@code g<consumer-group-suffix>.dlt}, same partitions, created by the platform; its
 * records keep the original headers plus spring-kafka's {@code kafka_dlt-*} headers (original topic, partition,
 * offset, exception message). After the DLT acknowledged it, one transaction writes a {@code dead_letter} row
 * (group, topic, partition, offset, key, ce_id, ce_type, masked reason, time) and stores the offset past the record;
 * if that fails the record is delivered again (it may reach the DLT twice, it is recorded once).</li>
 * <li>An unresolved row <b>blocks its key</b>: {@link org.onewindow.platform.messaging.BlockedEvents#blocking}
 * (a bean) lists them for a case number, and the services show them as {@code blockedBy} on the case's GET.</li>
 * <li>Metrics: counter {@code onewindow.dlt.records{group}}; gauges {@code onewindow.dlt.unresolved{group}}
 * (rows neither replayed nor discarded: alert when above 0) and {@code onewindow.dlt.depth{group}} (DLT records
 * after the committed offset of {@code <dlt>-replay}).</li>
 * <li>Actuator endpoint {@code deadletters}: {@code GET /actuator/deadletters} (per group: the unresolved letters
 * with their keys, the DLT records not yet replayed, masked), {@code GET /actuator/deadletters/{group}},
 * {@code POST /actuator/deadletters/{group}} replays the group's DLT to the original topics after a fix (inboxes of
 * groups that had handled the event ignore the copy; letters an operator discarded are skipped) and marks the rows
 * {@code REPLAYED}; {@code POST /actuator/deadletters/{group}/{id}} with {@code {"reason": "..."}} marks one row
 * {@code DISCARDED} (reason mandatory). Both record who (the principal's name, else {@code ops}) and when. Expose it
 * with {@code management.endpoints.web.exposure.include}.</li>
 * </ul>
 *
 * <h2>Offsets in the database</h2>
 * Every handled or dead-lettered record stores {@code consumer_offset(consumer_group, topic,
 * kafka_partition) = offset + 1} in the transaction of its effect (never moving back), and on assignment the
 * consumer seeks to the stored position. A skipped record (no route for its type) takes no transaction while the
 * partition's position was stored less than a second ago: its position is stored with the partition's next
 * stored record, with a skip a second later, or when the consumer has had no record for a second. A stored
 * position is thus at most about a second behind; a restart replays the skips since, each skipped again. Kafka's
 * committed offsets are still committed (lag monitoring, and the fallback), but the database wins: if it loses
 * recent commits (no fsync, asynchronous failover, restore from a dump) while Kafka's offsets stayed ahead, the lost records are delivered again and their effects redone, once
 * each (the inbox rows were lost with them). A running consumer notices such a loss too: before each record it
 * compares the stored offset with where it has been; if the database is behind, it seeks back. Gaps in the log
 * (compaction, transaction markers) are recognised: a gap is accepted when the consumer was positioned at or
 * before the stored offset. A partition without a row (a new group, or the first start after this upgrade) starts
 * at Kafka's committed offset (else {@code auto.offset.reset}, earliest) and gets a row at that position at once:
 * an upgrade replays nothing, and a restore has a position to go back to. A restore older than the first start
 * with this mechanism has no row and falls back to Kafka's offsets: those records are not redelivered.
 *
 * <h2>Inbox retention</h2>
 * Inbox rows older than {@code inbox.retention} (30 days) are deleted every {@code inbox.prune-interval} (1h),
 * {@code inbox.prune-batch-size} (5,000) rows per short transaction, by one instance at a time (a
 * transaction-scoped advisory lock; the others skip the round). Safe because redelivery starts from the stored
 * offset: an event comes back only if it is after the stored position, i.e. after a loss of recent commits, which
 * also lost its inbox row. An event older than the retention is redelivered only by a restore older than the
 * retention (or an operator resetting offsets that far back): its inbox row is gone, so it would be applied
 * again. Keep restores younger than the retention, or raise it.
 *
 * <h2>Stopping</h2>
 * On shutdown the containers stop first (phase {@code MAX_VALUE - 50}), all at once: each finishes the record in
 * hand (its effect and offset commit together), commits Kafka offsets and leaves the rest of its poll for the
 * next owner ({@code stopImmediate}); a consumer waiting out a transient failure stops within about 100 ms.
 *
 * <h2>Properties</h2>
 * <ul>
 * <li>{@code onewindow.topics.<stream-id>}: topic of a stream (default {@code Stream.defaultTopic()}).</li>
 * <li>{@code onewindow.messaging.source}: {@code ce_source}, default {@code /onewindow/${spring.application.name}}.</li>
 * <li>{@code onewindow.messaging.partitions} (6), {@code .create-topics} (true: every stream's topic, compacted
 * where the stream is, and this service's DLTs, as {@code NewTopic} beans).</li>
 * <li>{@code onewindow.messaging.consumer-group-suffix} (""), {@code .consumer.attempts} (3),
 * {@code .consumer.backoff} (200ms), {@code .consumer.transient-backoff} (500ms),
 * {@code .consumer.transient-max-backoff} (30s), {@code .consumer.concurrency} (1).</li>
 * <li>{@code onewindow.messaging.inbox.retention} (30d), {@code .inbox.prune-interval} (1h; 0 disables),
 * {@code .inbox.prune-batch-size} (5000).</li>
 * <li>{@code onewindow.messaging.relay.enabled} (true), {@code .relay.poll-interval} (1s),
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

-- Kafka positions of this service's consumers (platform-messaging), written in the transaction of each
-- handled, skipped or dead-lettered record: if the database loses recent commits, the consumer seeks back
-- to what the database still has and the lost effects are redone instead of lost.
create table consumer_offset (
    consumer_group  text        not null,
    topic           text        not null,
    kafka_partition int         not null,
    next_offset     bigint      not null,
    updated_at      timestamptz not null default now(),
    primary key (consumer_group, topic, kafka_partition)
);

-- Dead letters of this service's consumers (platform-messaging): one row per record sent to a dead-letter
-- topic, written with the consumer's stored offset. An unresolved row blocks its key (case number): the
-- case's GET shows it in blockedBy until an operator replays it after a fix or discards it with a reason.
create table dead_letter (
    id                bigserial   primary key,
    consumer_group    text        not null,
    topic             text        not null,
    kafka_partition   int         not null,
    kafka_offset      bigint      not null,
    record_key        text,
    event_id          text,
    ce_type           text,
    reason            text        not null,
    dead_lettered_at  timestamptz not null default now(),
    resolved_at       timestamptz,
    resolution        text check (resolution in ('REPLAYED', 'DISCARDED')),
    resolved_by       text,
    resolution_reason text,
    unique (consumer_group, topic, kafka_partition, kafka_offset),
    check ((resolved_at is null) = (resolution is null))
);

create index dead_letter_unresolved_key on dead_letter (record_key) where resolved_at is null;

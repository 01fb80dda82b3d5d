-- Idempotent inbox (platform-messaging): one row per consumer group and ce_id, inserted in the
-- transaction of the handler's effect; a redelivered event finds its row and is not handled again.
create table inbox (
    consumer_group text        not null,
    event_id       text        not null,
    processed_at   timestamptz not null default now(),
    primary key (consumer_group, event_id)
);

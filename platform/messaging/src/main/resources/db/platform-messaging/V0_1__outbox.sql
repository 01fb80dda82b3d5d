-- Transactional outbox (platform-messaging): written in the same transaction as the state change,
-- published to Kafka in id order by the relay, marked published once the broker acknowledged.
create table outbox (
    id           bigserial primary key,
    event_id     uuid        not null unique,
    topic        text        not null,
    key          text        not null,
    ce_type      text        not null,
    ce_subject   text        not null,
    ce_time      timestamptz not null,
    traceparent  text,
    payload      text        not null,
    created_at   timestamptz not null default now(),
    published_at timestamptz
);

create index outbox_unpublished on outbox (id) where published_at is null;
create index outbox_published_at on outbox (published_at) where published_at is not null;

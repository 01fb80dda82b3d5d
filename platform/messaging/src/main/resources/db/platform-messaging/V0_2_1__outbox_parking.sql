-- Parked outbox rows (platform-messaging): a row the relay can never publish (too large, refused by the broker
-- for a reason retrying cannot fix) is parked with its reason instead of holding back the whole outbox; the
-- later rows of its topic and key wait behind it ("held") until an operator replays or discards it.
-- Version 0.2.1: 0.3 is platform-calendar's and 0.5 platform-web's (all locations share one history).
alter table outbox
    add column parked_at     timestamptz,
    add column parked_reason text,
    add column record_bytes  integer,
    add column discarded_at  timestamptz;

-- the relay's "is a row of my key parked before me?" (normally empty)
create index outbox_parked on outbox (topic, key, id)
    where parked_at is not null and published_at is null and discarded_at is null;
-- the held rows behind a parked one (the ops view and the gauge), among the unpublished rows only
create index outbox_unpublished_key on outbox (topic, key, id) where published_at is null;

-- every operator decision on a parked row: who, when, why, what (kept after the row itself is cleaned up)
create table outbox_resolution (
    id            bigserial primary key,
    outbox_id     bigint      not null,
    event_id      uuid        not null,
    ce_type       text        not null,
    topic         text        not null,
    key           text        not null,
    action        text        not null check (action in ('REPLAY', 'DISCARD')),
    reason        text,
    parked_reason text,
    resolved_by   text        not null,
    resolved_at   timestamptz not null default now()
);

create index outbox_resolution_outbox on outbox_resolution (outbox_id);

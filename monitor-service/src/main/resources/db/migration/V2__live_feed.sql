-- The live feed (docs/monitor.md "Live feed"): every consumed public event and every alert raised, appended in the
-- transaction that updates the read model, with a sequence number that is the SSE message id (Last-Event-ID).
-- Only public fields: the payload is built field by field (FeedPayloads), nothing personal is copied.
create table feed_event (
    seq          bigserial primary key,
    event_id     text not null unique,      -- the CloudEvents id (or the alert id): a replay appends nothing twice
    type         text not null,             -- e.g. intake.ApplicationAccepted, monitor.AlertRaised
    department   text,
    centre       text,
    occurred_at  timestamptz not null,
    payload      json not null,             -- json, not jsonb: the text is kept as written (field order, compact)
    appended_at  timestamptz not null
);
create index feed_event_appended on feed_event (appended_at);

-- Tickets for the feed (an EventSource cannot send an Authorization header): single purpose, short-lived, single
-- use, bound to the caller and the filters. Only the SHA-256 of the ticket is stored. In the database, not in
-- memory, so that a ticket issued by one monitor instance opens the feed on any other.
create table feed_ticket (
    ticket_hash  text primary key,
    subject      text not null,
    scope        text not null,
    types        text[] not null default '{}',
    department   text,
    centre       text,
    issued_at    timestamptz not null,
    expires_at   timestamptz not null,
    spent_at     timestamptz
);
create index feed_ticket_expires on feed_ticket (expires_at);

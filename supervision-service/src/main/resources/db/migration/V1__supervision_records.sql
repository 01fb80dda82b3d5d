-- Every decision seen on review.cases, approvals and rejections alike, so reconciliation can tell an
-- approval that never got its record (invariant 2) from one that was never received.
create table decisions_seen (
    case_number            text        primary key,
    outcome                text        not null check (outcome in ('APPROVED', 'REJECTED')),
    item_code              text        not null,
    supervising_department text        not null,
    decided_at             timestamptz not null,
    seen_at                timestamptz not null,
    event_id               text        not null
);

-- One record per approval: the unique case number makes "exactly one" hold even if review republishes.
create table supervision_records (
    id                      uuid        primary key,
    case_number             text        not null unique,
    item_code               text        not null,
    item_name               text        not null,
    licence_number          text        not null,
    supervising_department  text        not null,
    holder_name             text        not null,
    holder_masked_id_number text        not null,
    decided_at              timestamptz not null,
    participants            text[]      not null,
    pushed_at               timestamptz not null,
    claim_deadline          date        not null,
    status                  text        not null check (status in ('PUSHED', 'CLAIMED', 'ESCALATED')),
    claimed_by              text,
    claimed_at              timestamptz,
    escalated_at            timestamptz,
    licence_status          text        not null
        check (licence_status in ('VALID', 'RECTIFICATION_ORDERED', 'SUSPENDED', 'REVOKED'))
);

create index supervision_records_listing on supervision_records (supervising_department, status, pushed_at, id);
create index supervision_records_unclaimed on supervision_records (claim_deadline) where status = 'PUSHED';

create table licence_actions (
    id        uuid        primary key,
    record_id uuid        not null references supervision_records (id),
    action    text        not null check (action in ('RECTIFY', 'SUSPEND', 'REVOKE')),
    reason    text        not null,
    taken_by  text        not null,
    taken_at  timestamptz not null
);

create index licence_actions_by_record on licence_actions (record_id, taken_at, id);

-- Who did what, in which role, for whom and when, per record.
create table record_audit (
    id           bigserial   primary key,
    record_id    uuid        not null references supervision_records (id),
    action       text        not null,
    actor_id     text        not null,
    actor_name   text,
    actor_role   text        not null,
    on_behalf_of text,
    at           timestamptz not null,
    detail       text
);

create index record_audit_by_record on record_audit (record_id, id);

-- Replica of catalog.calendar: the latest published version of each year.
create table calendar_years (
    year              integer     primary key,
    version           integer     not null,
    holidays          text[]      not null,
    adjusted_workdays text[]      not null,
    published_at      timestamptz not null
);

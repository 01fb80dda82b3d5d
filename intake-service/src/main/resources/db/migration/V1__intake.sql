-- Catalog replica: filled from the compacted catalog.items stream; intake never calls catalog at request time.
create table catalog_item (
    item_code  text primary key,
    version    integer     not null,
    item       jsonb       not null,   -- the ItemVersion intake needs
    changed_at timestamptz not null
);

create table service_centre (
    code        text primary key,
    name        text    not null,
    level       text    not null,
    parent_code text,
    active      boolean not null,
    changed_at  timestamptz not null
);

-- One row per application; nested lists as jsonb, read and written whole with the row.
create table application (
    case_number          text primary key,
    item_code            text        not null,
    item_version         integer     not null,
    item                 jsonb       not null,   -- the version the case was submitted under, kept for life
    centre_code          text        not null,
    channel              text        not null,
    status               text        not null,
    applicant_kind       text        not null,
    applicant_name       text        not null,
    applicant_id_number  text        not null,   -- personal data: only here, never in events or logs
    applicant_id_masked  text        not null,
    applicant_phone      text,
    applicant_user_id    text        not null,
    agent_user_id        text,
    agent_name           text,
    mandate              jsonb,
    delivery_method      text        not null,
    delivery_address     text,
    materials            jsonb       not null,
    submitted_at         timestamptz not null,
    query_code_hash      text        not null,
    accepted_at          timestamptz,
    deemed               boolean     not null default false,
    deferred_materials   jsonb       not null default '[]',
    notice               jsonb       not null default '[]',
    notice_due_on        date,
    refusal_reasons      jsonb       not null default '[]',
    refused_at           timestamptz,
    supplement_request   jsonb,
    promised_deadline    date,
    statutory_deadline   date,
    decision             jsonb,
    licence_status       text,
    delivery             jsonb,
    version              bigint      not null default 0
);

create index application_centre_status on application (centre_code, status, submitted_at, case_number);
create index application_applicant on application (applicant_user_id);

-- 办件编号 sequence: one counter per centre and day.
create table case_sequence (
    centre_code text    not null,
    day         date    not null,
    last_value  integer not null,
    primary key (centre_code, day)
);

-- Audit trail per case: who acted, in which role, for whom, when. Append-only.
create table audit_entry (
    id           bigserial primary key,
    case_number  text        not null references application (case_number),
    at           timestamptz not null,
    action       text        not null,
    actor_id     text        not null,
    actor_role   text        not null,
    on_behalf_of text,
    detail       text        not null
);

create index audit_entry_case on audit_entry (case_number, id);

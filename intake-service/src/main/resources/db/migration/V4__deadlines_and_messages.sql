-- Issue 10: the deadlines review changes after opening (extension Art. 42, pause Art. 45, recomputation once a
-- year's calendar is published) and Art. 44's licence due date, as intake shows them.
alter table application
    add column deadlines_provisional         boolean not null default false,
    add column deadline_change               jsonb,
    add column licence_issue_due_by          date,
    add column licence_issue_due_provisional boolean not null default false;

-- 站内信: one row per step the applicant is told of, keyed by the step's event (a redelivery inserts nothing).
create table applicant_message (
    message_id        text primary key,
    -- deferred: a notice at submission is told in the transaction that inserts the case, before the insert
    case_number       text        not null references application (case_number) deferrable initially deferred,
    applicant_user_id text        not null,
    agent_user_id     text,
    kind              text        not null,
    title             text        not null,
    body              text        not null,
    legal_basis       text,
    created_at        timestamptz not null,
    read_at           timestamptz
);

create index applicant_message_applicant on applicant_message (applicant_user_id, created_at desc);
create index applicant_message_agent on applicant_message (agent_user_id, created_at desc) where agent_user_id is not null;

-- What the recording notification channel would have sent (onewindow.intake.notifications.channel=recording);
-- the phone number is stored masked only.
create table notification_record (
    id           bigserial primary key,
    message_id   text        not null unique,
    case_number  text        not null,
    channel      text        not null,
    masked_phone text        not null,
    text         text        not null,
    recorded_at  timestamptz not null
);

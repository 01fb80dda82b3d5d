-- One review case per accepted application (invariant 1: the case number is the key).
CREATE TABLE review_case (
    case_number             text PRIMARY KEY,
    item_code               text        NOT NULL,
    item_name               text        NOT NULL,
    item_version            integer     NOT NULL,
    route_mode              text        NOT NULL,
    two_person_review       boolean     NOT NULL,
    immediate               boolean     NOT NULL,
    accepted_on             date        NOT NULL,
    accepted_at             timestamptz NOT NULL,
    accepted_by             text        NOT NULL,
    promised_limit          integer     NOT NULL,
    statutory_limit         integer     NOT NULL,
    applicant_user_id       text,
    holder_name             text,
    holder_masked_id        text,
    implementing_department text,
    supervising_department  text,
    status                  text        NOT NULL,
    promised_deadline       date        NOT NULL,
    statutory_deadline      date        NOT NULL,
    decided_on              date,
    decided_at              timestamptz,
    decision_reasons        text[]      NOT NULL DEFAULT '{}',
    licence_number          text UNIQUE,
    licence_valid_from      date,
    licence_valid_until     date,
    licence_issue_due_by    date,
    licence_status          text,
    raised_warnings         text[]      NOT NULL DEFAULT '{}',
    version                 bigint      NOT NULL DEFAULT 0
);

CREATE INDEX review_case_open_by_deadline ON review_case (promised_deadline) WHERE status = 'OPEN';

CREATE TABLE department_task (
    task_id           uuid PRIMARY KEY,
    case_number       text        NOT NULL REFERENCES review_case (case_number),
    department        text        NOT NULL,
    position          integer     NOT NULL,
    two_person_review boolean     NOT NULL,
    status            text        NOT NULL,
    deputy_user_id    text,
    review_user_id    text,
    review_role       text,
    review_opinion    text,
    review_reasons    text[],
    review_comment    text,
    review_at         timestamptz,
    check_user_id     text,
    check_role        text,
    check_opinion     text,
    check_reasons     text[],
    check_comment     text,
    check_at          timestamptz,
    UNIQUE (case_number, position)
);

CREATE INDEX department_task_by_department ON department_task (department, status);

-- Clock stops (补正), each with its reason and who stopped it.
CREATE TABLE case_pause (
    request_id        uuid PRIMARY KEY,
    case_number       text    NOT NULL REFERENCES review_case (case_number),
    reason            text    NOT NULL,
    paused_by         text    NOT NULL,
    paused_on         date    NOT NULL,
    resumed_on        date,
    working_days_lost integer NOT NULL DEFAULT 0
);

-- Append-only audit trail per case: who acted, in which role, for whom, what, when.
CREATE TABLE audit_entry (
    case_number  text        NOT NULL REFERENCES review_case (case_number),
    seq          integer     NOT NULL,
    at           timestamptz NOT NULL,
    user_id      text        NOT NULL,
    role         text        NOT NULL,
    on_behalf_of text,
    action       text        NOT NULL,
    detail       text,
    PRIMARY KEY (case_number, seq)
);

-- Licence numbers <itemCode>-<yyyy>-<6 digits>; the sequence makes them unique.
CREATE SEQUENCE licence_sequence MINVALUE 1 MAXVALUE 999999 NO CYCLE;

-- Local replica of catalog.calendar (one row per year, latest version wins).
CREATE TABLE calendar_year (
    year              integer PRIMARY KEY,
    version           integer     NOT NULL,
    holidays          text[]      NOT NULL,
    adjusted_workdays text[]      NOT NULL,
    published_at      timestamptz
);

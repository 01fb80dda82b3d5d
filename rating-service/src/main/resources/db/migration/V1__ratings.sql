-- A case as rating knows it from intake's events: who may rate it (applicant, agent) and the facts statistics group by.
CREATE TABLE rated_case (
    case_number             text PRIMARY KEY,
    item_code               text        NOT NULL,
    implementing_department text        NOT NULL,
    centre_code             text        NOT NULL,
    applicant_user_id       text,
    agent_user_id           text,
    first_seen_at           timestamptz NOT NULL
);

-- The stages a case reached (ACCEPTANCE, COMPLETION) and when each opened: the rating window counts from opened_at.
CREATE TABLE case_stage (
    case_number text        NOT NULL REFERENCES rated_case (case_number),
    stage       text        NOT NULL CHECK (stage IN ('ACCEPTANCE', 'COMPLETION')),
    opened_at   timestamptz NOT NULL,
    PRIMARY KEY (case_number, stage)
);

-- 一次一评: the unique constraint makes concurrent duplicates impossible, whatever the application checks.
CREATE TABLE rating (
    rating_id               uuid PRIMARY KEY,
    case_number             text        NOT NULL,
    stage                   text        NOT NULL,
    level                   text        NOT NULL CHECK (level IN ('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED',
                                                                 'DISSATISFIED', 'VERY_DISSATISFIED')),
    bad                     boolean     NOT NULL,
    comment                 text CHECK (char_length(comment) <= 500),
    rater_user_id           text        NOT NULL,
    rater_role              text        NOT NULL,
    on_behalf_of            text,
    item_code               text        NOT NULL,
    implementing_department text        NOT NULL,
    centre_code             text        NOT NULL,
    rated_at                timestamptz NOT NULL,
    CONSTRAINT rating_once_per_case_and_stage UNIQUE (case_number, stage),
    FOREIGN KEY (case_number, stage) REFERENCES case_stage (case_number, stage)
);

CREATE INDEX rating_by_time ON rating (rated_at, rating_id);

-- 差评整改: one per bad rating.
CREATE TABLE rectification (
    rectification_id        uuid PRIMARY KEY,
    rating_id               uuid        NOT NULL UNIQUE REFERENCES rating (rating_id),
    case_number             text        NOT NULL,
    implementing_department text        NOT NULL,
    status                  text        NOT NULL,
    opened_at               timestamptz NOT NULL,
    due_on                  date        NOT NULL
);

CREATE INDEX rectification_by_due ON rectification (due_on, rectification_id);

-- Append-only audit trail per case: who acted, in which role, for whom, what, when.
CREATE TABLE audit_entry (
    entry_id     bigserial PRIMARY KEY,
    case_number  text        NOT NULL,
    at           timestamptz NOT NULL,
    user_id      text        NOT NULL,
    role         text        NOT NULL,
    on_behalf_of text,
    action       text        NOT NULL,
    detail       text
);

CREATE INDEX audit_entry_by_case ON audit_entry (case_number, entry_id);

-- Local replica of catalog.calendar (one row per year, latest version wins).
CREATE TABLE calendar_year (
    year              integer PRIMARY KEY,
    version           integer     NOT NULL,
    holidays          text[]      NOT NULL,
    adjusted_workdays text[]      NOT NULL,
    published_at      timestamptz
);

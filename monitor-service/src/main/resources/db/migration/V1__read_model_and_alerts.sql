-- monitor-service: read models of the public streams (rebuilt from the topics: docs/monitor.md "Rebuild") and
-- the 电子监察 alerts (kept across a rebuild: an alert is raised once per case and rule, its id is deterministic).
-- No personal data: no applicant or holder names, no ID numbers; staff ids only where a rule needs them (审管分离).

-- One row per case, filled by whichever event arrives first (events of different topics may come in any order).
create table mon_case (
    case_number           text primary key,
    item_code             text,
    item_name             text,
    centre_code           text,
    department            text,
    supervising_department text,
    accepted_at           timestamptz,
    not_accepted_at       timestamptz,
    not_accepted_reasons  int,
    opened_at             timestamptz,
    promised_deadline     date,
    statutory_deadline    date,
    case_warning          text,
    decided_at            timestamptz,
    decision_seen_at      timestamptz,
    outcome               text,
    licence_number        text,
    decision_reasons      int,
    participants          text[] not null default '{}',
    delivered_at          timestamptz,
    delivered_outcome     text,
    delivered_licence     text
);
create index mon_case_department on mon_case (department);

-- One row per review task (step): its warning and deadline (review.DeadlineWarning) and its completion.
create table mon_step (
    task_id        uuid primary key,
    case_number    text not null,
    department     text,
    warning        text,
    step_deadline  date,
    completed_at   timestamptz,
    opinion        text,
    reasons        int,
    reviewer_id    text,
    checker_id     text
);
create index mon_step_case on mon_step (case_number);

-- One row per supervision record (推送 → 认领 / 升级).
create table mon_supervision (
    record_id       uuid primary key,
    case_number     text not null,
    department      text,
    pushed_at       timestamptz,
    claim_deadline  date,
    claimed_at      timestamptz,
    claimed_by      text,
    escalated_at    timestamptz
);
create index mon_supervision_case on mon_supervision (case_number);

-- 好差评: ratings without their comments (free text may hold personal data) and rectifications.
create table mon_rating (
    rating_id    uuid primary key,
    case_number  text not null,
    stage        text not null,
    level        text not null,
    bad          boolean not null,
    item_code    text,
    department   text,
    centre_code  text,
    rated_at     timestamptz not null
);

create table mon_rectification (
    rating_id    uuid primary key,
    case_number  text not null,
    department   text,
    due_on       date not null,
    opened_at    timestamptz not null
);

-- 电子监察 alerts: id = UUID v5 of rule and case number; not part of the rebuilt read model.
create table alert (
    id               uuid primary key,
    rule             text not null,
    source           text not null,
    case_number      text not null,
    department       text,
    centre_code      text,
    item_code        text,
    detail           text not null,
    status           text not null,
    raised_at        timestamptz not null,
    acknowledged_at  timestamptz,
    acknowledged_by  text,
    resolved_at      timestamptz,
    resolved_by      text,
    version          bigint not null,
    unique (rule, case_number)
);
create index alert_status on alert (status, raised_at);

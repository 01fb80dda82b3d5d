-- The audit trail of every service, one shape (platform-commands): the one command path appends the entries an
-- aggregate recorded in the transaction that saves it, so a trail never misses or invents a change.
-- subject: the aggregate's id (a case number, an item code); principal: the authenticated caller, which differs
-- from actor_id when an agent (代办) or the system acts for a person. Text columns: what fits is decided by the
-- services' input limits (an applicant's name may be 200 characters), never by a 500 from the trail.
create table audit_trail (
    id           bigserial    primary key,
    subject      text        not null,
    at           timestamptz not null,
    action       text        not null,
    actor_id     text        not null,
    actor_name   text,
    actor_role   text        not null,
    on_behalf_of text,
    principal    text        not null,
    detail       text        not null default ''
);

create index audit_trail_subject on audit_trail (subject, id);

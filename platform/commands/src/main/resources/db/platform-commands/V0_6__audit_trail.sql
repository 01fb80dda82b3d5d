-- The audit trail of every service, one shape (platform-commands): the one command path appends the entries an
-- aggregate recorded in the transaction that saves it, so a trail never misses or invents a change.
-- subject: the aggregate's id (a case number, an item code); principal: the authenticated caller, which differs
-- from actor_id when an agent (代办) or the system acts for a person.
create table audit_trail (
    id           bigserial    primary key,
    subject      varchar(64)  not null,
    at           timestamptz  not null,
    action       varchar(64)  not null,
    actor_id     varchar(128) not null,
    actor_name   varchar(128),
    actor_role   varchar(64)  not null,
    on_behalf_of varchar(128),
    principal    varchar(128) not null,
    detail       text         not null default ''
);

create index audit_trail_subject on audit_trail (subject, id);

-- Issue 8, one command path: a rated case and a rectification are saved only when their version is still the one
-- they were loaded with (optimistic check inside the row lock; the case's version is the ETag of GET /cases/{n}).
alter table rated_case add column version bigint not null default 1;
alter table rectification add column version bigint not null default 1;

-- One audit trail shape (platform table audit_trail, migration V0_6, subject = case number). The rating trail keeps
-- what it showed: user id, role (APPLICANT, AGENT, SYSTEM), on-behalf-of. Principal = who was authenticated: the
-- rater for a rating, the service for what an event or the service itself caused.
insert into audit_trail (subject, at, action, actor_id, actor_name, actor_role, on_behalf_of, principal, detail)
select case_number, at, action, user_id, null, role, on_behalf_of,
       case when role = 'SYSTEM' then 'system:rating' else user_id end, coalesce(detail, '')
from audit_entry
order by entry_id;

drop table audit_entry;

-- Issue 8: one audit shape. The command path now appends to the platform's audit_trail (migration V0_6 of
-- platform-commands, applied before this one); the case trail kept so far moves there and its table goes.
-- subject = the case number; role and "for whom" as recorded; principal = the actor id (the caller was the actor:
-- before this change intake recorded no separate principal). actor_name was not recorded: left empty.
insert into audit_trail (subject, at, action, actor_id, actor_name, actor_role, on_behalf_of, principal, detail)
select case_number, at, action, actor_id, null, actor_role, on_behalf_of, actor_id, detail
from audit_entry
order by id;

drop table audit_entry;

-- Issue 8: one command path, one audit shape.
-- 1. Records carry the version the command path checks on save (and GET answers as the ETag "v<version>").
alter table supervision_records add column version bigint not null default 1;

-- 2. The record audit lines move to the platform's audit_trail (V0_6), subject = the record's case number, in
--    their original order. principal: the authenticated caller; for the service's own lines (actor "system")
--    it is "system:supervision", as the command path now writes them.
insert into audit_trail (subject, at, action, actor_id, actor_name, actor_role, on_behalf_of, principal, detail)
select r.case_number, a.at, a.action, a.actor_id, a.actor_name, a.actor_role, a.on_behalf_of,
       case when a.actor_id = 'system' then 'system:supervision' else a.actor_id end,
       coalesce(a.detail, '')
from record_audit a
join supervision_records r on r.id = a.record_id
order by a.id;

drop table record_audit;

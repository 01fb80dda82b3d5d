-- Approvals pushed after the push limit (decision to push, 2 working days by default), for reconciliation.
alter table supervision_records add column pushed_late boolean not null default false;

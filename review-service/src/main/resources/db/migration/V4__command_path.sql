-- Review on the platform's one command path (issue 8).

-- Each department task has a version of its own: an opinion or a deputy names the task's ETag in If-Match, so two
-- departments working on one case in parallel never refuse each other (the case's version still moves with every
-- change, for the case's own ETag). Existing tasks start at 1, like new ones.
ALTER TABLE department_task ADD COLUMN version bigint NOT NULL DEFAULT 1;
ALTER TABLE department_task ALTER COLUMN version DROP DEFAULT;

-- The audit trail moves to the platform's audit_trail (platform-commands V0_6: one shape in every service, appended
-- by the command path in the transaction that saves the case). Subject = the case number; the principal is the user
-- who acted, except for what review itself recorded (the case by itself: SYSTEM; a consumed licence action of
-- supervision: SUPERVISOR), whose principal is 'system:review' as the command path writes it now. Order kept.
INSERT INTO audit_trail (subject, at, action, actor_id, actor_name, actor_role, on_behalf_of, principal, detail)
SELECT case_number, at, action, user_id, NULL, role, left(on_behalf_of, 128),
       CASE WHEN role IN ('SYSTEM', 'SUPERVISOR') THEN 'system:review' ELSE user_id END, coalesce(detail, '')
FROM audit_entry
ORDER BY case_number, seq;

DROP TABLE audit_entry;

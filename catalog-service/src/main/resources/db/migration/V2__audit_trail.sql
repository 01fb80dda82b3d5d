-- Issue 8: one audit shape. The item change log (item_change) moves into the platform's audit_trail (V0_6,
-- platform-commands), which the one command path now writes: subject = item code; the change's item version and
-- reason travel in the detail as "version <n>: <reason>" (what GET /items/{code}/changes reads back); the role as it
-- was (every row had one); no one acted on behalf of anyone; principal = the actor id.
INSERT INTO audit_trail (subject, at, action, actor_id, actor_name, actor_role, on_behalf_of, principal, detail)
SELECT item_code, at, action, actor_id, actor_name, coalesce(nullif(role, ''), 'UNKNOWN'), NULL, actor_id,
       'version ' || version || ': ' || reason
FROM item_change
ORDER BY id;

DROP TABLE item_change;

-- Departments and centres are saved through the command path too: their version is the ETag and the optimistic lock.
ALTER TABLE department ADD COLUMN version bigint NOT NULL DEFAULT 1;
ALTER TABLE service_centre ADD COLUMN version bigint NOT NULL DEFAULT 1;

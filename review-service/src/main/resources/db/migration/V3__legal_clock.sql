-- The legal clock, complete: special-procedure pauses (Art. 45), the statutory extension (Art. 42), step deadlines.

-- Pauses: a kind (SUPPLEMENT for the existing ones, all 补正) and their order, which the clock needs (two pauses can
-- start on the same day once the first has ended); the id is no longer only a supplement request id.
ALTER TABLE case_pause RENAME COLUMN request_id TO pause_id;
ALTER TABLE case_pause ADD COLUMN kind text NOT NULL DEFAULT 'SUPPLEMENT';
ALTER TABLE case_pause ALTER COLUMN kind DROP DEFAULT;
ALTER TABLE case_pause ADD COLUMN seq integer;
UPDATE case_pause p SET seq = o.n
FROM (SELECT pause_id, row_number() OVER (PARTITION BY case_number ORDER BY paused_on, resumed_on NULLS LAST, pause_id) AS n
      FROM case_pause) o
WHERE o.pause_id = p.pause_id;
ALTER TABLE case_pause ALTER COLUMN seq SET NOT NULL;
ALTER TABLE case_pause ADD CONSTRAINT case_pause_order UNIQUE (case_number, seq);

-- 延期: at most one per case (the key says so too).
CREATE TABLE case_extension (
    case_number   text PRIMARY KEY REFERENCES review_case (case_number),
    working_days  integer     NOT NULL CHECK (working_days > 0),
    reason        text        NOT NULL,
    approved_by   text        NOT NULL,
    approved_role text        NOT NULL,
    approved_on   date        NOT NULL,
    approved_at   timestamptz NOT NULL
);

-- Step clock of each task: its limit, the day it opened, its deadline (a query aid, recomputed by the service) and the
-- step warnings raised. Existing tasks get the default limits; a serial task that is already open counts from the day
-- its predecessor finished; its deadline is left for the warning scan to compute (working days need the calendar),
-- except for parallel tasks, whose step deadline is the case's promised deadline.
ALTER TABLE department_task ADD COLUMN limit_days integer;
ALTER TABLE department_task ADD COLUMN opened_on date;
ALTER TABLE department_task ADD COLUMN deadline date;
ALTER TABLE department_task ADD COLUMN raised_warnings text[] NOT NULL DEFAULT '{}';

UPDATE department_task t SET limit_days = CASE WHEN c.route_mode = 'SERIAL'
        THEN ceil(c.promised_limit::numeric / (SELECT count(*) FROM department_task s WHERE s.case_number = t.case_number))
        ELSE c.promised_limit END
FROM review_case c WHERE c.case_number = t.case_number;
ALTER TABLE department_task ALTER COLUMN limit_days SET NOT NULL;

UPDATE department_task t SET opened_on = c.accepted_on,
        deadline = CASE WHEN t.status = 'OPEN' THEN c.promised_deadline END
FROM review_case c
WHERE c.case_number = t.case_number AND t.status <> 'WAITING' AND (c.route_mode = 'PARALLEL' OR t.position = 1);

-- (a later serial task cancelled while still waiting never opened: its predecessor was not approved)
UPDATE department_task t SET opened_on = (coalesce(p.check_at, p.review_at) AT TIME ZONE 'Asia/Shanghai')::date
FROM review_case c, department_task p
WHERE c.case_number = t.case_number AND p.case_number = t.case_number AND p.position = t.position - 1
  AND p.status = 'APPROVED' AND t.status <> 'WAITING' AND c.route_mode = 'SERIAL' AND t.position > 1;

CREATE INDEX department_task_open_by_deadline ON department_task (deadline) WHERE status = 'OPEN';

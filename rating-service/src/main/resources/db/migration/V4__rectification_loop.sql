-- The rectification loop (issue 10): verification, rectification, follow-up call, closing, appeal; per-step due
-- dates and the overdue watch's memory (warned once per step). Rows opened before keep OPEN; their verification
-- step is due on their rectification due date.
ALTER TABLE rectification
    ADD COLUMN step_due_on         date,
    ADD COLUMN step                integer NOT NULL DEFAULT 0,
    ADD COLUMN overdue_warned_step integer NOT NULL DEFAULT -1,
    ADD COLUMN overdue_steps       integer NOT NULL DEFAULT 0,
    ADD COLUMN reopenings          integer NOT NULL DEFAULT 0,
    ADD COLUMN founded             boolean,
    ADD COLUMN verification        text,
    ADD COLUMN measures            text,
    ADD COLUMN satisfied           boolean,
    ADD COLUMN follow_up           text,
    ADD COLUMN appeal              text,
    ADD COLUMN appealed_from       text,
    ADD COLUMN appeal_upheld       boolean,
    ADD COLUMN appeal_decision     text,
    ADD COLUMN outcome             text,
    ADD COLUMN closed_at           timestamptz;

UPDATE rectification SET step_due_on = due_on WHERE status = 'OPEN';

-- the overdue watch's candidates: open steps by due date
CREATE INDEX rectification_open_steps ON rectification (step_due_on) WHERE status <> 'CLOSED';

-- 好差评 covers refusals (不予受理) and one-time notices (一次性告知) too: two more stages a case can reach.
ALTER TABLE case_stage DROP CONSTRAINT case_stage_stage_check;
ALTER TABLE case_stage ADD CONSTRAINT case_stage_stage_check
    CHECK (stage IN ('ACCEPTANCE', 'COMPLETION', 'NOTICE', 'REFUSAL'));

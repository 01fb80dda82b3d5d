-- Issue 10. (V7, not V6: another branch of the same round may add a V6.)
-- Years without a published calendar that the case's stored deadlines count days of (provisional deadlines,
-- recomputed when catalog.CalendarPublished brings the year).
ALTER TABLE review_case ADD COLUMN provisional_years integer[] NOT NULL DEFAULT '{}';
-- 统一办理/联合办理/集中办理 from the catalog's item version (null: one department's item).
ALTER TABLE review_case ADD COLUMN joint_handling text;
-- The task that asked for a supplement (the limit per task) and the expected length of a special procedure (Art. 45).
ALTER TABLE case_pause ADD COLUMN task_id uuid;
ALTER TABLE case_pause ADD COLUMN expected_working_days integer;

-- Review's replica of what it needs from catalog.ItemVersionChanged: whether an item version is handled jointly.
CREATE TABLE item_handling (
    item_code      text    NOT NULL,
    item_version   integer NOT NULL,
    joint_handling text,
    special_law    text,
    PRIMARY KEY (item_code, item_version)
);

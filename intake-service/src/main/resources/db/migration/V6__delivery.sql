-- Issue 10, delivery on time (Art. 44 行政许可法): the highest delivery warning raised for a decided case (YELLOW or
-- RED, each raised once; null before any), and the index the warning scan and the list filter use. The delivery's
-- method, reference and lateness live in the existing `delivery` jsonb (older rows read late = false).
alter table application
    add column delivery_warning text check (delivery_warning in ('YELLOW', 'RED'));

create index application_licence_due on application (licence_issue_due_by) where status = 'DECIDED';

-- Issue 9: an AB岗 deputy stands in for a named person (the one who named them); X-On-Behalf-Of is accepted only
-- for that person, while the assignment is in force (until the step it covers is completed).
alter table department_task add column deputy_for text;

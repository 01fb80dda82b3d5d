-- Issue 9: the departments that have a task in a case (from review.ReviewCaseOpened), for the scopes
-- department-task (reviewers, checkers), department (supervisors, inspectors) and system-claim (SYSTEM clients).
create table case_department (
    case_number text not null references application (case_number),
    department  text not null,
    primary key (case_number, department)
);

create index case_department_department on case_department (department, case_number);

-- Cases whose review opened before this table: the departments are in the trail's line
-- "review opened with departments [MARKET, HEALTH]".
insert into case_department (case_number, department)
select distinct t.subject, trim(d)
from audit_trail t
         cross join lateral regexp_split_to_table(substring(t.detail from '\[(.*)\]'), ',') as d
where t.action = 'REVIEW_OPENED'
  and substring(t.detail from '\[(.*)\]') <> ''
  and exists (select 1 from application a where a.case_number = t.subject)
on conflict do nothing;

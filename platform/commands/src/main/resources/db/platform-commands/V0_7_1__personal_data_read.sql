-- Issue 9, 查询留痕: every read of a citizen's personal data by staff, one row per case read (PersonalDataReads).
-- Who (the reader's id, name, roles, department, centre as their token said), when, which case (subject), which
-- resource and which fields were shown, and for what: the step of the service that served it (purpose), the request
-- (method and path) and the purpose the caller stated in X-Read-Purpose (optional, e.g. a task id). No personal
-- data of the citizen is stored here: field names, never values. Queryable by MONITOR only (TrailController).
create table personal_data_read (
    id                bigserial   primary key,
    at                timestamptz not null,
    reader_id         text        not null,
    reader_name       text,
    reader_roles      text        not null,
    reader_department text,
    reader_centre     text,
    subject           text        not null,
    resource          text        not null,
    fields            text        not null,
    purpose           text        not null,
    request           text,
    stated_purpose    text
);

create index personal_data_read_subject on personal_data_read (subject, id);
create index personal_data_read_reader on personal_data_read (reader_id, id);

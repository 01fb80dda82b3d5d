-- A service database as it was before platform-calendar: its own replica table, one year received.
create table calendar_year (
    year              integer primary key,
    version           integer     not null,
    holidays          text[]      not null,
    adjusted_workdays text[]      not null,
    published_at      timestamptz
);
insert into calendar_year values (2030, 3, '{2030-10-01,2030-10-02}', '{2030-09-29}', now());

-- The service's replica of catalog.calendar (工作日历): one row per year, the highest published version wins.
-- Years never received fall back to the official calendars shipped in platform-clock.
create table platform_calendar_year (
    year              integer     primary key,
    version           integer     not null,
    holidays          date[]      not null,
    adjusted_workdays date[]      not null,
    published_at      timestamptz,
    received_at       timestamptz not null default now()
);

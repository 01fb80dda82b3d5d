-- The calendar replica moved to platform-calendar (table platform_calendar_year, migration V0_3): the years this
-- service already received move there (their events will not be redelivered), then the local table goes.
insert into platform_calendar_year (year, version, holidays, adjusted_workdays, published_at)
select year, version, holidays::date[], adjusted_workdays::date[], published_at from calendar_years
on conflict (year) do nothing;

drop table calendar_years;

-- What each service adds: its received years move to the platform table, then its own table goes.
insert into platform_calendar_year (year, version, holidays, adjusted_workdays, published_at)
select year, version, holidays::date[], adjusted_workdays::date[], published_at from calendar_year
on conflict (year) do nothing;
drop table calendar_year;

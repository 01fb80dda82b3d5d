/**
 * Every service's replica of the catalog's working-day calendar (工作日历, 调休): the years published on
 * {@code catalog.calendar}, over the official national calendars of platform-clock. See {@link
 * org.onewindow.platform.calendar.CalendarReplica}.
 */
package org.onewindow.platform.calendar;

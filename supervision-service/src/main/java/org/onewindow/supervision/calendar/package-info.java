/** The local replica of the catalog's working-day calendar (工作日历), with the official calendars as fallback. */
package org.onewindow.supervision.calendar;

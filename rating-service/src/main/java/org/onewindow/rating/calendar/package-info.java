/** The working-day calendar (工作日, 调休) rectification deadlines count on: a local replica of catalog.calendar. */
package org.onewindow.rating.calendar;

/** The working-day calendar (工作日, 调休) the review clock counts on: a local replica of catalog.calendar. */
package org.onewindow.review.calendar;

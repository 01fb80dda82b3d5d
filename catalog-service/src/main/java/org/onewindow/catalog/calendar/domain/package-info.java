/** The working-day calendar (工作日 / 调休) per year: versioned, evented on {@code catalog.calendar}. */
package org.onewindow.catalog.calendar.domain;

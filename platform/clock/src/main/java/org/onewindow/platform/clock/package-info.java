/**
 * The legal clock (办件时限): working-day arithmetic and case/step deadlines under the Administrative Licensing Law.
 *
 * <ul>
 *   <li>Limits count working days (行政许可法 Art. 82): weekends and public holidays off, adjusted workdays (调休)
 *       on. A {@link org.onewindow.platform.clock.WorkingDayCalendar} is built from
 *       {@link org.onewindow.platform.clock.CalendarYear}s; {@link org.onewindow.platform.clock.OfficialCalendars}
 *       ships the State Council's years and {@link org.onewindow.platform.clock.CalendarFormat} is the text format
 *       the catalog stores and publishes. Years not covered fall back to Monday–Friday: callers should warn.</li>
 *   <li>{@link org.onewindow.platform.clock.WorkingDays}: the day of acceptance is not counted, so a limit of n
 *       ends on the n-th working day after it, and {@code workingDaysBetween(s, deadline(s, n)) == n}.</li>
 *   <li>{@link org.onewindow.platform.clock.CaseClock}: promised (承诺) and statutory (法定) limits for a case or a
 *       step; {@link org.onewindow.platform.clock.Pause}s (Art. 45 special procedures, 补正) cover
 *       {@code (start, end]} and push deadlines back by the working days they cover;
 *       {@link org.onewindow.platform.clock.Extension}s lengthen the statutory limit only; warnings
 *       ({@link org.onewindow.platform.clock.WarningLevel}) are YELLOW near the promised deadline, RED past it,
 *       frozen while paused.</li>
 *   <li>{@link org.onewindow.platform.clock.LegalDefaults}: the law's figures, each with its article, as
 *       defaults that localities override.</li>
 * </ul>
 *
 * <p>Plain Java (only the shared kernel, for its error types): bad input raises
 * {@link org.onewindow.platform.kernel.RuleViolation}, an illegal pause/resume
 * {@link org.onewindow.platform.kernel.StateConflict}.
 */
package org.onewindow.platform.clock;

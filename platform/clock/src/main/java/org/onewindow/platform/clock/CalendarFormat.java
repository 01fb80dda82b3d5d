package org.onewindow.platform.clock;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.Violation;

/**
 * The plain-text calendar format: the shipped official calendars use it, and the catalog service stores,
 * accepts (admin endpoint) and publishes calendars in it. No JSON library needed.
 *
 * <pre>
 * # 国务院办公厅关于2026年部分节假日安排的通知
 * year 2026
 * version 国务院办公厅 2025-11-04
 * holiday 2026-02-15..2026-02-23   # 春节 (inclusive range)
 * workday 2026-02-14               # 调休 (adjusted workday)
 * </pre>
 *
 * {@code #} starts a comment anywhere on a line; blank lines are ignored; {@code year} and {@code version}
 * appear exactly once.
 */
public final class CalendarFormat {

    /** Field name used in violations raised while parsing. */
    public static final String FIELD = "calendar";
    private static final int MAX_RANGE_DAYS = 366;

    private CalendarFormat() {
    }

    /**
     * Parses one calendar year.
     *
     * @throws RuleViolation listing every bad line ({@code calendar.syntax}, {@code calendar.date},
     *     {@code calendar.duplicate}, {@code calendar.missing}) or, once the syntax is right, what
     *     {@link CalendarYear} rejects
     */
    public static CalendarYear parse(String text) {
        if (text == null) {
            throw new RuleViolation(FIELD, "calendar.missing", "no calendar text");
        }
        List<Violation> violations = new ArrayList<>();
        Integer year = null;
        String version = null;
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String where = "line " + (i + 1) + ": ";
            String line = stripComment(lines[i]).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            String keyword = parts[0];
            String argument = parts.length > 1 ? parts[1].strip() : "";
            switch (keyword) {
                case "year" -> {
                    if (year != null) {
                        violations.add(violation("calendar.duplicate", where + "year given twice"));
                    } else if (!argument.matches("\\d{4}")) {
                        violations.add(violation("calendar.syntax", where + "expected 'year yyyy'"));
                    } else {
                        year = Integer.parseInt(argument);
                    }
                }
                case "version" -> {
                    if (version != null) {
                        violations.add(violation("calendar.duplicate", where + "version given twice"));
                    } else if (argument.isEmpty()) {
                        violations.add(violation("calendar.syntax", where + "expected 'version <text>'"));
                    } else {
                        version = argument;
                    }
                }
                case "holiday", "workday" -> {
                    Set<LocalDate> target = keyword.equals("holiday") ? holidays : workdays;
                    try {
                        target.addAll(dates(argument));
                    } catch (IllegalArgumentException e) {
                        violations.add(violation("calendar.date", where + e.getMessage()));
                    }
                }
                default -> violations.add(violation("calendar.syntax",
                        where + "unknown keyword '" + keyword + "' (expected year, version, holiday or workday)"));
            }
        }
        if (year == null) {
            violations.add(violation("calendar.missing", "no 'year' line"));
        }
        if (version == null) {
            violations.add(violation("calendar.missing", "no 'version' line"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations);
        }
        return new CalendarYear(year, holidays, workdays, version);
    }

    /** Formats a calendar year; consecutive dates are written as ranges. {@code parse(format(y)).equals(y)}. */
    public static String format(CalendarYear calendar) {
        StringBuilder out = new StringBuilder();
        out.append("year ").append(calendar.year()).append('\n');
        out.append("version ").append(calendar.version().strip()).append('\n');
        appendRanges(out, "holiday", new TreeSet<>(calendar.holidays()));
        appendRanges(out, "workday", new TreeSet<>(calendar.adjustedWorkdays()));
        return out.toString();
    }

    private static void appendRanges(StringBuilder out, String keyword, SortedSet<LocalDate> days) {
        LocalDate first = null;
        LocalDate last = null;
        for (LocalDate day : days) {
            if (last != null && day.equals(last.plusDays(1))) {
                last = day;
                continue;
            }
            appendRange(out, keyword, first, last);
            first = day;
            last = day;
        }
        appendRange(out, keyword, first, last);
    }

    private static void appendRange(StringBuilder out, String keyword, LocalDate first, LocalDate last) {
        if (first == null) {
            return;
        }
        out.append(keyword).append(' ').append(first);
        if (!last.equals(first)) {
            out.append("..").append(last);
        }
        out.append('\n');
    }

    private static List<LocalDate> dates(String argument) {
        if (argument.isEmpty() || argument.contains(" ")) {
            throw new IllegalArgumentException("expected one date yyyy-MM-dd or a range yyyy-MM-dd..yyyy-MM-dd");
        }
        int dots = argument.indexOf("..");
        LocalDate from = date(dots < 0 ? argument : argument.substring(0, dots));
        LocalDate to = dots < 0 ? from : date(argument.substring(dots + 2));
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("range " + argument + " ends before it starts");
        }
        if (from.datesUntil(to).count() > MAX_RANGE_DAYS) {
            throw new IllegalArgumentException("range " + argument + " is longer than a year");
        }
        List<LocalDate> result = new ArrayList<>();
        from.datesUntil(to.plusDays(1)).forEach(result::add);
        return result;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date yyyy-MM-dd");
        }
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    private static Violation violation(String rule, String message) {
        return new Violation(FIELD, rule, message);
    }
}

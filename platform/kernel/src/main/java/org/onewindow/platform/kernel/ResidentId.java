package org.onewindow.platform.kernel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Set;

/**
 * 居民身份证号码 (resident ID number, GB 11643-1999): 6-digit region code, 8-digit birth date
 * (yyyyMMdd), 3-digit sequence, and a check character computed with ISO 7064 MOD 11-2.
 *
 * <p>Personal data: {@link #toString()} is the {@linkplain #masked() masked} form so the number can never
 * reach a log or an event by accident; call {@link #value()} only where the full number is needed
 * (the applicant's own record).
 */
public final class ResidentId extends CheckedValue {

    public static final String FIELD = "residentId";

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter BIRTH_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    /**
     * Province-level prefixes of GB/T 2260 region codes; 71 (Taiwan), 81 (Hong Kong), 82 (Macao) are used
     * by residence permits (港澳台居民居住证), 83 by Taiwan residents' permits.
     */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82", "83");

    private final LocalDate birthDate;

    private ResidentId(String value, LocalDate birthDate) {
        super(value);
        this.birthDate = birthDate;
    }

    /** Parses and validates against today's date in China. */
    public static ResidentId parse(String raw) {
        return parse(raw, LocalDate.now(CHINA));
    }

    /**
     * Parses and validates; a lower-case {@code x} is accepted and normalised to {@code X}.
     *
     * @throws RuleViolation with field {@code residentId} and one of the rules {@code resident-id.required},
     *     {@code resident-id.length}, {@code resident-id.format}, {@code resident-id.region},
     *     {@code resident-id.birth-date}, {@code resident-id.check-character}
     */
    public static ResidentId parse(String raw, LocalDate today) {
        if (raw == null || raw.isBlank()) {
            throw violation("resident-id.required", "a resident ID number is required");
        }
        String id = raw.strip().toUpperCase(java.util.Locale.ROOT);
        if (id.length() != 18) {
            throw violation("resident-id.length", "a resident ID number has 18 characters, not " + id.length());
        }
        for (int i = 0; i < 17; i++) {
            if (!isAsciiDigit(id.charAt(i))) {
                throw violation("resident-id.format", "the first 17 characters of a resident ID number are digits");
            }
        }
        char last = id.charAt(17);
        if (!isAsciiDigit(last) && last != 'X') {
            throw violation("resident-id.format", "the last character of a resident ID number is a digit or X");
        }
        if (!PROVINCES.contains(id.substring(0, 2))) {
            throw violation("resident-id.region", "the resident ID number does not start with a known region code");
        }
        LocalDate birthDate = birthDate(id, today);
        if (checkCharacter(id.substring(0, 17)) != last) {
            throw violation("resident-id.check-character",
                    "the check character of the resident ID number does not match (GB 11643)");
        }
        return new ResidentId(id, birthDate);
    }

    /** True when {@code raw} parses; never throws. */
    public static boolean isValid(String raw) {
        return RuleViolation.notThrownBy(() -> parse(raw));
    }

    /**
     * The ISO 7064 MOD 11-2 check character for the first 17 digits (public so test and demo data can build
     * valid numbers).
     */
    public static char checkCharacter(String first17Digits) {
        if (first17Digits == null || first17Digits.length() != 17) {
            throw new IllegalArgumentException("17 digits expected");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17Digits.charAt(i);
            if (!isAsciiDigit(c)) {
                throw new IllegalArgumentException("17 digits expected");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static LocalDate birthDate(String id, LocalDate today) {
        LocalDate date;
        try {
            date = LocalDate.parse(id.substring(6, 14), BIRTH_DATE);
        } catch (DateTimeException e) {
            throw violation("resident-id.birth-date", "the resident ID number does not contain a real birth date");
        }
        if (date.isAfter(today)) {
            throw violation("resident-id.birth-date", "the birth date in the resident ID number is in the future");
        }
        if (date.isBefore(EARLIEST_BIRTH_DATE)) {
            throw violation("resident-id.birth-date", "the birth date in the resident ID number is before 1900");
        }
        return date;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static RuleViolation violation(String rule, String message) {
        return new RuleViolation(FIELD, rule, message);
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** The 6-digit region code (行政区划代码) of first registration. */
    public String regionCode() {
        return value().substring(0, 6);
    }

    /** First 3 and last 4 characters kept, the rest {@code *}: {@code 110***********123X}. */
    public String masked() {
        return PersonalData.keepEnds(value());
    }

    /** The masked form: a resident ID must not leak through string concatenation or logging. */
    @Override
    public String toString() {
        return masked();
    }
}

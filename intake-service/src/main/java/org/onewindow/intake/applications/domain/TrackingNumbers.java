package org.onewindow.intake.applications.domain;

import java.util.regex.Pattern;

/**
 * EMS tracking numbers (邮件号): the UPU S10 form (two letters, eight digits, a check digit, the country's two letters,
 * e.g. {@code EA123456785CN}, check digit verified) or China Post's 13-digit domestic form. Not personal data: it names
 * a parcel, and the applicant needs it whole to follow the parcel at EMS.
 */
public final class TrackingNumbers {

    private static final Pattern S10 = Pattern.compile("[A-Z]{2}\\d{9}[A-Z]{2}");
    private static final Pattern DOMESTIC = Pattern.compile("\\d{13}");
    private static final int[] WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};

    private TrackingNumbers() {
    }

    /** The number as stored: upper case, no spaces. */
    public static String normalise(String trackingNumber) {
        return trackingNumber == null ? null : trackingNumber.replace(" ", "").strip().toUpperCase(java.util.Locale.ROOT);
    }

    public static boolean valid(String trackingNumber) {
        String number = normalise(trackingNumber);
        if (number == null) {
            return false;
        }
        if (DOMESTIC.matcher(number).matches()) {
            return true;
        }
        return S10.matcher(number).matches() && checkDigit(number.substring(2, 10)) == number.charAt(10) - '0';
    }

    /** UPU S10: weights 8 6 4 2 3 5 9 7, 11 minus the sum modulo 11; 10 becomes 0 and 11 becomes 5. */
    static int checkDigit(String eightDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (eightDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 0 : check == 11 ? 5 : check;
    }
}

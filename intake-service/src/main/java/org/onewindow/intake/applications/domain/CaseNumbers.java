package org.onewindow.intake.applications.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.onewindow.platform.kernel.CaseNumber;

/** 办件编号: centre code + submission date + daily sequence per centre, e.g. {@code C-CITY-01-20261123-000042}. */
public final class CaseNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private CaseNumbers() {
    }

    public static CaseNumber format(String centreCode, LocalDate day, long sequence) {
        if (sequence < 1 || sequence > 999_999) {
            throw new IllegalArgumentException("daily sequence out of range: " + sequence);
        }
        return CaseNumber.of(centreCode + "-" + DAY.format(day) + "-" + "%06d".formatted(sequence));
    }
}

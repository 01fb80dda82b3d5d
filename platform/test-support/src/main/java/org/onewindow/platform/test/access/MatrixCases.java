package org.onewindow.platform.test.access;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.onewindow.contracts.catalog.Channel;
import org.onewindow.contracts.catalog.Route;
import org.onewindow.contracts.catalog.RouteMode;
import org.onewindow.contracts.intake.ApplicationAccepted;

/**
 * The cases the matrix's scope rows name ({@code {market-case}}, {@code {town-case}}), as intake's acceptance
 * announces them to a service's {@code AccessPolicyTest}: a 营业执照 case (BIZ-LICENCE-REG) of the demo applicant whose
 * only task is MARKET's, accepted on {@link #DAY} at a given centre.
 */
public final class MatrixCases {

    public static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private MatrixCases() {
    }

    /** A fresh case number of {@code centre} on {@link #DAY}, e.g. {@code C-CITY-01-20260302-9xxxxx}. */
    public static String caseNumber(String centre) {
        return centre + "-20260302-" + "%06d".formatted(ThreadLocalRandom.current().nextInt(900000, 1000000));
    }

    /** The acceptance of {@code caseNumber} at {@code centre} by {@code clerk}, under that item version. */
    public static ApplicationAccepted accepted(String caseNumber, int itemVersion, String centre, String clerk) {
        return new ApplicationAccepted(caseNumber, "BIZ-LICENCE-REG", itemVersion, "营业执照办理（企业设立登记）", centre,
                Channel.WINDOW, new ApplicationAccepted.Applicant(ApplicationAccepted.ApplicantKind.PERSON, "张三",
                "330102********123X", "applicant"), null, clerk, DAY.atTime(10, 0).atOffset(ZoneOffset.ofHours(8)), DAY,
                false, List.of(), false, 10, 20, new Route(RouteMode.PARALLEL, true, List.of("MARKET")), "MARKET",
                "MARKET");
    }
}

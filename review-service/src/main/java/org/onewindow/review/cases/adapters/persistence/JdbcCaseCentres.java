package org.onewindow.review.cases.adapters.persistence;

import java.util.Optional;

import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.review.cases.application.CaseCentres;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code case_centre}: one row per case, written when the acceptance is consumed. */
@Repository
public class JdbcCaseCentres implements CaseCentres {

    private final JdbcClient jdbc;

    public JdbcCaseCentres(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(CaseNumber caseNumber, String centreCode) {
        jdbc.sql("INSERT INTO case_centre (case_number, centre_code) VALUES (?, ?) ON CONFLICT (case_number) DO NOTHING")
                .params(caseNumber.value(), centreCode).update();
    }

    @Override
    public Optional<String> of(CaseNumber caseNumber) {
        return jdbc.sql("SELECT centre_code FROM case_centre WHERE case_number = ?").param(caseNumber.value())
                .query(String.class).optional();
    }
}

package org.onewindow.review.cases.adapters.persistence;

import java.util.List;
import java.util.Set;

import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.review.cases.application.CentreTree;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code service_centre} and {@code item_delegation}, written by the catalog events' handler (migration V8). */
@Repository
public class JdbcCentreTree implements CentreTree {

    /**
     * The centres below {@code :tops} (recursively; UNION stops at a cycle), joined to the case's centre and to the
     * delegations of its item version, as intake's {@code ItemVersion.offeredAt} decides it.
     */
    private static final String DELEGATED_BELOW = """
            WITH RECURSIVE below (code, level) AS (
                SELECT code, level FROM service_centre WHERE parent_code IN (:tops)
                UNION
                SELECT sc.code, sc.level FROM service_centre sc JOIN below b ON sc.parent_code = b.code
            )
            SELECT EXISTS (
                SELECT 1 FROM review_case rc
                JOIN case_centre cc ON cc.case_number = rc.case_number
                JOIN below b ON b.code = cc.centre_code
                JOIN item_delegation d ON d.item_code = rc.item_code AND d.level = b.level AND d.mode <> 'NONE'
                    AND (cardinality(d.centres) = 0 OR b.code = ANY(d.centres))
                WHERE rc.case_number = :caseNumber
                  AND d.item_version = (SELECT ih.item_version FROM item_handling ih WHERE ih.item_code = rc.item_code
                                        ORDER BY (ih.item_version = rc.item_version) DESC, ih.item_version DESC
                                        LIMIT 1))""";

    private final JdbcClient jdbc;

    public JdbcCentreTree(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void centreChanged(String code, String parentCode, String level) {
        jdbc.sql("""
                        INSERT INTO service_centre (code, parent_code, level) VALUES (?, ?, ?)
                        ON CONFLICT (code) DO UPDATE SET parent_code = excluded.parent_code, level = excluded.level""")
                .params(code, parentCode, level).update();
    }

    @Override
    public void delegationsChanged(String itemCode, int itemVersion, List<Delegation> delegations) {
        jdbc.sql("DELETE FROM item_delegation WHERE item_code = ? AND item_version = ?")
                .params(itemCode, itemVersion).update();
        for (Delegation d : delegations) {
            jdbc.sql("""
                            INSERT INTO item_delegation (item_code, item_version, level, mode, centres)
                            VALUES (?, ?, ?, ?, ?)
                            ON CONFLICT (item_code, item_version, level) DO UPDATE SET mode = excluded.mode,
                                centres = excluded.centres""")
                    .params(itemCode, itemVersion, d.level(), d.mode(), d.centres().toArray(String[]::new)).update();
        }
    }

    @Override
    public boolean delegatedBelow(CaseNumber caseNumber, Set<String> tops) {
        if (tops.isEmpty()) {
            return false;
        }
        return jdbc.sql(DELEGATED_BELOW).param("tops", List.copyOf(tops)).param("caseNumber", caseNumber.value())
                .query(Boolean.class).single();
    }
}

package org.onewindow.review.cases.adapters.persistence;

import java.util.Optional;

import org.onewindow.review.cases.application.ItemHandlings;
import org.onewindow.review.cases.domain.JointHandling;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code item_handling}: one row per item version announced on {@code catalog.items}. */
@Repository
public class ItemHandlingTable implements ItemHandlings {

    private final JdbcClient jdbc;

    public ItemHandlingTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(String itemCode, int itemVersion, JointHandling jointHandling, String specialLaw) {
        jdbc.sql("""
                        INSERT INTO item_handling (item_code, item_version, joint_handling, special_law)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT (item_code, item_version) DO UPDATE SET joint_handling = excluded.joint_handling,
                            special_law = excluded.special_law""")
                .params(itemCode, itemVersion, jointHandling == null ? null : jointHandling.name(), specialLaw)
                .update();
    }

    @Override
    public Optional<JointHandling> jointHandling(String itemCode, int itemVersion) {
        return jdbc.sql("""
                        SELECT joint_handling FROM item_handling WHERE item_code = ?
                        ORDER BY (item_version = ?) DESC, item_version DESC LIMIT 1""")
                .params(itemCode, itemVersion)
                .query((rs, n) -> Optional.ofNullable(rs.getString("joint_handling")).map(JointHandling::valueOf))
                .optional().flatMap(o -> o);
    }
}

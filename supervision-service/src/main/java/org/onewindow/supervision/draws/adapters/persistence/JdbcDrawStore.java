package org.onewindow.supervision.draws.adapters.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.kernel.UserId;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.onewindow.platform.web.paging.SqlPages;
import org.onewindow.supervision.draws.application.DrawStore;
import org.onewindow.supervision.draws.domain.Draw;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code draws}: a draw is inserted once and never updated. */
@Repository
public class JdbcDrawStore implements DrawStore {

    private static final String COLUMNS = """
            id, department, seed, holders_count, inspectors_count, candidates, inspector_pool, holders, inspectors,
            drawn_by, drawn_at""";

    private final JdbcClient jdbc;

    public JdbcDrawStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> candidates(DepartmentCode department) {
        return jdbc.sql("""
                        select id::text from supervision_records
                        where supervising_department = :department and status = 'CLAIMED' and licence_status <> 'REVOKED'
                        order by id
                        """)
                .param("department", department.value()).query(String.class).list();
    }

    @Override
    public void insert(Draw draw) {
        jdbc.sql("insert into draws (" + COLUMNS + """
                        ) values (:id, :department, :seed, :holdersCount, :inspectorsCount, :candidates, :pool, :holders,
                            :inspectors, :drawnBy, :drawnAt)
                        """)
                .param("id", draw.id())
                .param("department", draw.department().value())
                .param("seed", draw.seed())
                .param("holdersCount", draw.holdersCount())
                .param("inspectorsCount", draw.inspectorsCount())
                .param("candidates", draw.candidates().toArray(String[]::new))
                .param("pool", draw.inspectorPool().toArray(String[]::new))
                .param("holders", draw.holders().toArray(String[]::new))
                .param("inspectors", draw.inspectors().toArray(String[]::new))
                .param("drawnBy", draw.drawnBy().value())
                .param("drawnAt", draw.drawnAt())
                .update();
    }

    /** A recorded draw is never changed: whatever would change one is a bug. */
    @Override
    public boolean update(Draw draw) {
        throw new UnsupportedOperationException("draw " + draw.id() + " is recorded once and never changed");
    }

    @Override
    public Optional<Draw> findForUpdate(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from draws where id = :id for update").param("id", id)
                .query(JdbcDrawStore::draw).optional();
    }

    @Override
    public Optional<Draw> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from draws where id = :id").param("id", id)
                .query(JdbcDrawStore::draw).optional();
    }

    @Override
    public PageResult<Draw> page(String department, PageQuery page) {
        String where = department == null ? "" : " where department = :department";
        Map<String, Object> params = new HashMap<>();
        if (department != null) {
            params.put("department", department);
        }
        return SqlPages.page(jdbc, COLUMNS, "from draws" + where, "drawn_at desc, id", params, JdbcDrawStore::draw,
                page);
    }

    private static Draw draw(ResultSet rs, int row) throws SQLException {
        return new Draw(rs.getObject("id", UUID.class), DepartmentCode.of(rs.getString("department")), rs.getLong("seed"),
                rs.getInt("holders_count"), rs.getInt("inspectors_count"), texts(rs.getArray("candidates")),
                texts(rs.getArray("inspector_pool")), texts(rs.getArray("holders")), texts(rs.getArray("inspectors")),
                UserId.of(rs.getString("drawn_by")), rs.getObject("drawn_at", OffsetDateTime.class));
    }

    private static List<String> texts(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}

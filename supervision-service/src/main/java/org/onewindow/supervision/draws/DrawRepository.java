package org.onewindow.supervision.draws;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class DrawRepository {

    private static final String COLUMNS = """
            id, department, seed, holders_count, inspectors_count, candidates, inspector_pool, holders, inspectors,
            drawn_by, drawn_at""";

    private final JdbcClient jdbc;

    public DrawRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claimed records of the department whose licence is not revoked. */
    public List<String> candidates(String department) {
        return jdbc.sql("""
                        select id::text from supervision_records
                        where supervising_department = :department and status = 'CLAIMED' and licence_status <> 'REVOKED'
                        order by id
                        """)
                .param("department", department).query(String.class).list();
    }

    public void insert(Draw draw) {
        jdbc.sql("insert into draws (" + COLUMNS + """
                        ) values (:id, :department, :seed, :holdersCount, :inspectorsCount, :candidates, :pool, :holders,
                            :inspectors, :drawnBy, :drawnAt)
                        """)
                .param("id", draw.id())
                .param("department", draw.department())
                .param("seed", draw.seed())
                .param("holdersCount", draw.holdersCount())
                .param("inspectorsCount", draw.inspectorsCount())
                .param("candidates", draw.candidates().toArray(String[]::new))
                .param("pool", draw.inspectorPool().toArray(String[]::new))
                .param("holders", draw.holders().toArray(String[]::new))
                .param("inspectors", draw.inspectors().toArray(String[]::new))
                .param("drawnBy", draw.drawnBy())
                .param("drawnAt", draw.drawnAt())
                .update();
    }

    public Optional<Draw> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from draws where id = :id").param("id", id)
                .query(DrawRepository::draw).optional();
    }

    /** Newest first, then id. */
    public PageResult<Draw> page(String department, PageQuery page) {
        String where = department == null ? "" : " where department = :department";
        var count = jdbc.sql("select count(*) from draws" + where);
        var list = jdbc.sql("select " + COLUMNS + " from draws" + where
                + " order by drawn_at desc, id limit :limit offset :offset");
        if (department != null) {
            count = count.param("department", department);
            list = list.param("department", department);
        }
        long total = count.query(Long.class).single();
        List<Draw> items = list.param("limit", page.limit()).param("offset", page.offset())
                .query(DrawRepository::draw).list();
        return PageResult.of(items, page, total);
    }

    private static Draw draw(ResultSet rs, int row) throws SQLException {
        return new Draw(rs.getObject("id", UUID.class), rs.getString("department"), rs.getLong("seed"),
                rs.getInt("holders_count"), rs.getInt("inspectors_count"), texts(rs.getArray("candidates")),
                texts(rs.getArray("inspector_pool")), texts(rs.getArray("holders")), texts(rs.getArray("inspectors")),
                rs.getString("drawn_by"), rs.getObject("drawn_at", OffsetDateTime.class));
    }

    private static List<String> texts(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}

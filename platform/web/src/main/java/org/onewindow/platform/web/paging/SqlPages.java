package org.onewindow.platform.web.paging;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of a table's rows: the page's rows in a fixed order and the count of every row the same filter matches,
 * both from one {@code FROM ... WHERE ...} and one set of named parameters, so the total cannot count other rows
 * than the page shows. Parameters may be null (a filter not given); {@code :limit} and {@code :offset} are taken.
 */
public final class SqlPages {

    private SqlPages() {
    }

    /**
     * @param columns   what {@code SELECT} reads, e.g. {@code "*"}
     * @param fromWhere {@code FROM table WHERE ...} with named parameters
     * @param orderBy   a stable key tie-broken by id (see {@link PageQuery}), e.g. {@code "rated_at, rating_id"}
     */
    public static <T> PageResult<T> page(JdbcClient jdbc, String columns, String fromWhere, String orderBy,
                                         Map<String, ?> params, RowMapper<T> rows, PageQuery page) {
        List<T> items = jdbc.sql("SELECT " + columns + " " + fromWhere + " ORDER BY " + orderBy
                        + " LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.limit()).param("offset", page.offset())
                .query(rows).list();
        long total = jdbc.sql("SELECT count(*) " + fromWhere).params(params).query(Long.class).single();
        return PageResult.of(items, page, total);
    }
}

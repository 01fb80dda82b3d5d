package org.onewindow.platform.web.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of a table's rows: the page's rows in a fixed order and the count of every row the same filter matches,
 * both from one statement ({@code count(*) OVER ()} beside the page's columns), so the total and the rows come from
 * one snapshot: a row committed while the page is read is either in both or in neither. (Two statements, rows then
 * count, once answered {@code totalItems: 1} with no item to a client polling for a record that had just arrived.)
 * Parameters may be null (a filter not given); {@code :limit} and {@code :offset} are taken.
 */
public final class SqlPages {

    /** The window column the total is read from; no table of ours has a column of that name. */
    private static final String TOTAL = "page_total_rows";

    private SqlPages() {
    }

    /**
     * @param columns   what {@code SELECT} reads, e.g. {@code "*"}
     * @param fromWhere {@code FROM table WHERE ...} with named parameters
     * @param orderBy   a stable key tie-broken by id (see {@link PageQuery}), e.g. {@code "rated_at, rating_id"}
     */
    public static <T> PageResult<T> page(JdbcClient jdbc, String columns, String fromWhere, String orderBy,
                                         Map<String, ?> params, RowMapper<T> rows, PageQuery page) {
        long[] total = {0};
        List<T> items = jdbc.sql(select(columns, fromWhere, orderBy) + " LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.limit()).param("offset", page.offset())
                .query(counting(rows, total)).list();
        return result(items, page, total[0],
                () -> jdbc.sql("SELECT count(*) " + fromWhere).params(params).query(Long.class).single());
    }

    /** The same with positional {@code ?} parameters in {@code fromWhere}, in order. */
    public static <T> PageResult<T> page(JdbcClient jdbc, String columns, String fromWhere, String orderBy,
                                         List<?> params, RowMapper<T> rows, PageQuery page) {
        long[] total = {0};
        List<Object> paged = new ArrayList<>(params);
        paged.add(page.limit());
        paged.add(page.offset());
        List<T> items = jdbc.sql(select(columns, fromWhere, orderBy) + " LIMIT ? OFFSET ?").params(paged)
                .query(counting(rows, total)).list();
        return result(items, page, total[0],
                () -> jdbc.sql("SELECT count(*) " + fromWhere).params(params).query(Long.class).single());
    }

    /** Past the last page no row carries the total: count on its own (nothing on the page to disagree with). */
    private static <T> PageResult<T> result(List<T> items, PageQuery page, long total, LongSupplier count) {
        return PageResult.of(items, page, items.isEmpty() && page.offset() > 0 ? count.getAsLong() : total);
    }

    private static String select(String columns, String fromWhere, String orderBy) {
        return "SELECT " + columns + ", count(*) OVER () AS " + TOTAL + " " + fromWhere + " ORDER BY " + orderBy;
    }

    private static <T> RowMapper<T> counting(RowMapper<T> rows, long[] total) {
        return (rs, n) -> {
            total[0] = rs.getLong(TOTAL);
            return rows.mapRow(rs, n);
        };
    }
}

package org.onewindow.platform.web.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list as every service returns it: the items, where this page is, and how many there are in all.
 */
public record PageResult<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public PageResult {
        items = List.copyOf(items);
    }

    public static <T> PageResult<T> of(List<T> items, PageQuery query, long totalItems) {
        int totalPages = (int) ((totalItems + query.size() - 1) / query.size());
        return new PageResult<>(items, query.page(), query.size(), totalItems, totalPages);
    }

    /** The query's page of a list already held whole in memory (an audit trail, a few statistics rows). */
    public static <T> PageResult<T> slice(List<T> all, PageQuery query) {
        int from = (int) Math.min(query.offset(), all.size());
        int to = (int) Math.min((long) from + query.limit(), all.size());
        return of(all.subList(from, to), query, all.size());
    }

    public <R> PageResult<R> map(Function<? super T, ? extends R> mapper) {
        List<R> mapped = items.stream().<R>map(mapper).toList();
        return new PageResult<>(mapped, page, size, totalItems, totalPages);
    }
}

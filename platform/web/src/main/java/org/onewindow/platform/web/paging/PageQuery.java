package org.onewindow.platform.web.paging;

import java.util.ArrayList;
import java.util.List;

import org.onewindow.platform.web.problems.InvalidRequest;
import org.onewindow.platform.web.problems.ProblemError;

/**
 * One page of a list: {@code ?page=} (from 0) and {@code ?size=} (1..{@value #MAX_SIZE}, default
 * {@value #DEFAULT_SIZE}). Declare it as a controller method parameter and it is resolved from the query string;
 * out-of-range values become a 400 problem naming {@code page} or {@code size}.
 *
 * <p>Every list in the suite is paginated this way and sorted deterministically: by a stable key (e.g. the
 * creation time or the case number), tie-broken by id, so that rows never move between pages while nothing
 * changes. Use {@link #limit()} and {@link #offset()} in SQL: {@code ORDER BY created_at, id LIMIT ? OFFSET ?}.
 */
public record PageQuery(int page, int size) {

    public static final String PAGE = "page";
    public static final String SIZE = "size";
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public PageQuery {
        List<ProblemError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(new ProblemError(PAGE, "Min", "must be greater than or equal to 0"));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(new ProblemError(SIZE, "Range", "must be between 1 and " + MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
    }

    /** The first page with the default size. */
    public static PageQuery first() {
        return new PageQuery(0, DEFAULT_SIZE);
    }

    public int limit() {
        return size;
    }

    public long offset() {
        return (long) page * size;
    }
}

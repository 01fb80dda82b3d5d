package org.onewindow.monitor.feed.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a feed stream lets through: event types (empty: every type), one department and one centre (null: any).
 * A ticket fixes the filter; the stream's query parameters may only narrow it.
 */
public record FeedFilter(Set<String> types, String department, String centre) {

    public static final FeedFilter ALL = new FeedFilter(Set.of(), null, null);

    public FeedFilter {
        types = types == null ? Set.of() : Set.copyOf(new TreeSet<>(types));
        department = blankToNull(department);
        centre = blankToNull(centre);
    }

    public static FeedFilter of(List<String> types, String department, String centre) {
        return new FeedFilter(types == null ? Set.of() : Set.copyOf(types), department, centre);
    }

    /**
     * This filter narrowed by {@code request}: types intersected, department and centre taken from the request
     * only where this one leaves them open.
     *
     * @throws OutsideTicket when the request asks for a type, department or centre this filter excludes
     */
    public FeedFilter narrowedBy(FeedFilter request) {
        Set<String> narrowedTypes = types;
        if (!request.types.isEmpty()) {
            if (!types.isEmpty() && !types.containsAll(request.types)) {
                throw new OutsideTicket("types", "the ticket allows only the types " + types);
            }
            narrowedTypes = request.types;
        }
        return new FeedFilter(narrowedTypes, narrow("department", department, request.department),
                narrow("centre", centre, request.centre));
    }

    private static String narrow(String field, String fixed, String requested) {
        if (requested == null || requested.equals(fixed)) {
            return fixed;
        }
        if (fixed != null) {
            throw new OutsideTicket(field, "the ticket allows only " + field + " " + fixed);
        }
        return requested;
    }

    public boolean matches(String type, String eventDepartment, String eventCentre) {
        return (types.isEmpty() || types.contains(type))
                && (department == null || Objects.equals(department, eventDepartment))
                && (centre == null || Objects.equals(centre, eventCentre));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A stream asked for more than its ticket allows. */
    public static final class OutsideTicket extends RuntimeException {
        private final String field;

        public OutsideTicket(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}

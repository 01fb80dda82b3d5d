package org.onewindow.catalog.items.domain;

import java.util.List;

/**
 * The back-office route (审批流程): which departments review, all at once or in the listed order,
 * and whether each review is checked by a second person (一审一核).
 */
public record Route(RouteMode mode, boolean twoPersonReview,
                    List<String> departments) {

    public Route {
        departments = departments == null ? List.of() : List.copyOf(departments);
    }
}

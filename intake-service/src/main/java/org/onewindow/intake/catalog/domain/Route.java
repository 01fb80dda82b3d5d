package org.onewindow.intake.catalog.domain;

import java.util.List;

/**
 * The back-office route of an item version, as intake hands it on at acceptance.
 *
 * @param departments department codes in route order
 */
public record Route(RouteMode mode, boolean twoPersonReview, List<String> departments) {

    public Route {
        departments = departments == null ? List.of() : List.copyOf(departments);
    }
}

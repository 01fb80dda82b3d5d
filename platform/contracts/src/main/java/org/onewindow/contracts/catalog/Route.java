package org.onewindow.contracts.catalog;

import java.util.List;

import org.onewindow.contracts.EventFields;

/**
 * The back-office route of an item version: which departments review, in which order, and whether each
 * task needs a second person to check it (一审一核).
 *
 * @param departments department codes in route order (the order matters only for {@link RouteMode#SERIAL})
 */
public record Route(RouteMode mode, boolean twoPersonReview, List<String> departments) {

    public Route {
        departments = EventFields.list(departments);
    }
}

package org.onewindow.catalog.items.adapters.web;

import jakarta.validation.constraints.Size;
import org.onewindow.platform.kernel.ListLimits;
import org.onewindow.platform.kernel.SingleLine;
import org.onewindow.platform.kernel.TextLimits;
import java.util.List;

import org.onewindow.catalog.items.domain.RouteMode;

/**
 * The back-office route (审批流程): which departments review, all at once or in the listed order,
 * and whether each review is checked by a second person (一审一核). The API form of the domain's {@code Route}
 * (which turns a missing list into an empty one), with the input limits.
 */
public record Route(RouteMode mode, boolean twoPersonReview,
                    @Size(max = ListLimits.DEPARTMENTS) List<@Size(max = TextLimits.CODE) @SingleLine String> departments) {

    static Route of(org.onewindow.catalog.items.domain.Route r) {
        return new Route(r.mode(), r.twoPersonReview(), r.departments());
    }

    org.onewindow.catalog.items.domain.Route toDomain() {
        return new org.onewindow.catalog.items.domain.Route(mode, twoPersonReview, departments);
    }
}

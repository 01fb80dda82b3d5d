package org.onewindow.review.cases.adapters.web;

import org.onewindow.platform.kernel.InputText;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.TextLimits;
import org.onewindow.platform.security.CurrentActor;
import org.onewindow.review.cases.domain.ActingUser;

/** The caller from the token, acting for the user named in {@code X-On-Behalf-Of} (代办), if any. */
final class ActingUsers {

    /** Who the caller acts for, when not for themselves; recorded in the audit trail. */
    static final String ON_BEHALF_OF = "X-On-Behalf-Of";

    private ActingUsers() {
    }

    /** The header names a user id: at most {@link TextLimits#CODE} characters (the audit trail keeps 128). */
    static ActingUser from(CurrentActor currentActor, String onBehalfOf) {
        if (onBehalfOf != null && onBehalfOf.length() > TextLimits.CODE) {
            throw new RuleViolation(ON_BEHALF_OF, InputText.TOO_LONG,
                    "names a user id of at most " + TextLimits.CODE + " characters");
        }
        return ActingUser.from(currentActor.current(), onBehalfOf);
    }
}

package org.onewindow.intake.applications.domain;

import java.time.LocalDate;

import org.onewindow.intake.catalog.domain.Channel;
import org.onewindow.intake.catalog.domain.ItemVersion;
import org.onewindow.intake.catalog.domain.ServiceCentre;

/**
 * A submission with what the front desk resolved around it: the centre and channel in effect (from the token and
 * role when the body leaves them out), the catalog's item version and centre as the local replica has them
 * (null when unknown), and today's date in Asia/Shanghai.
 */
public record Intake(Submission submission, ActingUser by, String centreCode, Channel channel, ItemVersion item,
                     ServiceCentre centre, LocalDate today) {

    /** Clerks and agents apply at the centre of their token; online applicants name it in the body. */
    public static String centreOf(Submission submission, ActingUser by) {
        boolean desk = by.is(Roles.WINDOW_CLERK) || by.is(Roles.VILLAGE_AGENT);
        return desk && by.centre() != null && !by.centre().isBlank() ? by.centre() : submission.centreCode();
    }

    /** The channel a role submits through unless the body says otherwise: window, village agent, online. */
    public static Channel channelOf(Submission submission, ActingUser by) {
        if (submission.channel() != null) {
            return submission.channel();
        }
        return by.is(Roles.WINDOW_CLERK) ? Channel.WINDOW : by.is(Roles.VILLAGE_AGENT) ? Channel.VILLAGE_AGENT : Channel.ONLINE;
    }
}

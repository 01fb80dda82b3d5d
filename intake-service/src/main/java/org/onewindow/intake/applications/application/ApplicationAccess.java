package org.onewindow.intake.applications.application;

import org.onewindow.intake.applications.domain.Application;
import org.onewindow.intake.applications.domain.Roles;
import org.onewindow.platform.commands.AccessPolicy;
import org.onewindow.platform.commands.Command;
import org.onewindow.platform.kernel.NotFound;

/**
 * Who may act on an application: staff (any role of {@link Roles#STAFF}, the system included), or the applicant or
 * agent who own it. Anyone else gets the 404 of an unknown case, so the answer does not reveal that it exists.
 * Which roles may run which command is checked before (the controllers' role checks); issue 9 plugs its table in
 * here.
 */
public final class ApplicationAccess implements AccessPolicy<Application> {

    @Override
    public void check(Command<? super Application> command, Application application) {
        if (application != null) { // anyone the controller let in may submit a new application
            requireVisible(command.actor().userId(), command.actor().role(), application);
        }
    }

    public static void requireVisible(String userId, String role, Application application) {
        if (Roles.STAFF.contains(role) || application.ownedBy(userId)) {
            return;
        }
        throw new NotFound("application", application.caseNumber().value());
    }
}

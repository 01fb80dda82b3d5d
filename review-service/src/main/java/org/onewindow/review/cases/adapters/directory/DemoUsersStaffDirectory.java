package org.onewindow.review.cases.adapters.directory;

import java.util.Optional;
import java.util.stream.Collectors;

import org.onewindow.platform.security.DemoUsers;
import org.onewindow.platform.security.Role;
import org.onewindow.review.cases.application.StaffDirectory;
import org.onewindow.review.cases.domain.StaffMember;

/**
 * The staff directory of the local stack and the tests: the development issuer's demo users, the same list the
 * tokens are issued from, so a deputy's department and roles are those their own token would carry.
 */
public record DemoUsersStaffDirectory(DemoUsers users) implements StaffDirectory {

    @Override
    public Optional<StaffMember> find(String userId) {
        return users.find(userId).map(u -> new StaffMember(u.username(), u.department(),
                u.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet())));
    }

}

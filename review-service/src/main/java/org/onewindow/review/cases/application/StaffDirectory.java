package org.onewindow.review.cases.application;

import java.util.Optional;

import org.onewindow.review.cases.domain.StaffMember;

/**
 * Who works where in which role, by user id: the source of truth for an AB岗 deputy's department and roles when they
 * are named (a token only describes its own bearer). Locally the dev issuer's demo users; in production an adapter
 * over the identity provider's directory (OIDC userinfo / SCIM, or LDAP) replaces that bean.
 */
public interface StaffDirectory {

    /** The member of staff with this user id, if the directory knows them. */
    Optional<StaffMember> find(String userId);
}

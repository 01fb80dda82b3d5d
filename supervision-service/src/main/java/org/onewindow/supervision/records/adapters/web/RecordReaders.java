package org.onewindow.supervision.records.adapters.web;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.security.CurrentAccess;
import org.onewindow.platform.security.CurrentActor;
import org.onewindow.platform.security.policy.Scope;
import org.onewindow.supervision.records.application.RecordScope;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Turns the scopes the policy table grants the caller for {@code record.read} ({@link CurrentAccess}) into the
 * records they may read (docs/security.md, "Scopes"): {@code department} the records their department supervises;
 * {@code all-masked} every record, the holder masked; {@code system-claim} the records of the departments in the
 * token's {@code departments} claim; {@code all} every record. A dual-role caller gets the union.
 */
@Component
class RecordReaders {

    /** The claim naming the departments an integrating system may act on (docs/security.md, "Integrating systems"). */
    static final String DEPARTMENTS_CLAIM = "departments";

    private final CurrentAccess access;
    private final CurrentActor currentActor;

    RecordReaders(CurrentAccess access, CurrentActor currentActor) {
        this.access = access;
        this.currentActor = currentActor;
    }

    RecordScope scope() {
        Actor actor = currentActor.current();
        RecordScope scope = RecordScope.NONE;
        for (Scope granted : access.scopes("record", "read")) {
            scope = scope.or(switch (granted) {
                case ALL -> RecordScope.ALL;
                case ALL_MASKED -> RecordScope.ALL_MASKED;
                case DEPARTMENT, DEPARTMENT_TASK -> RecordScope.department(actor.department());
                case SYSTEM_CLAIM -> claimedDepartments().map(RecordScope::departments).orElse(RecordScope.ALL);
                // a record belongs to a department, not to a centre or a citizen
                case CENTRE, CENTRE_AND_BELOW, OWN, OWN_FILED -> RecordScope.NONE;
            });
        }
        return scope;
    }

    /**
     * The {@code departments} claim of a SYSTEM client's token. Absent means not narrowed, while the development
     * issuer does not issue it yet; production clients must carry it (docs/security.md). A claim that is present but
     * unreadable or empty narrows to nothing.
     */
    static Optional<Set<String>> claimedDepartments() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !(caller.getPrincipal() instanceof Jwt jwt) || !jwt.hasClaim(DEPARTMENTS_CLAIM)) {
            return Optional.empty();
        }
        Collection<?> values = switch (jwt.getClaims().get(DEPARTMENTS_CLAIM)) {
            case Collection<?> c -> c;
            case String s -> List.of(s.split("[\\s,]+"));
            case null, default -> List.of();
        };
        Set<String> departments = new LinkedHashSet<>();
        for (Object value : values) {
            if (value != null && !String.valueOf(value).isBlank()) {
                departments.add(String.valueOf(value).strip());
            }
        }
        return Optional.of(departments);
    }
}

package org.onewindow.catalog.organisation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.onewindow.platform.kernel.CentreCode;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.StoredAggregate;
import org.onewindow.platform.kernel.Violation;

/**
 * A service centre as the catalog keeps it: its current state and stored version. A save is checked by
 * {@link CentrePolicy}, and announces the full state
 * (centres are not audited, as before).
 */
public final class RegisteredCentre extends StoredAggregate<OrganisationEvent> {

    private final CentreCode code;
    private ServiceCentre state;

    public RegisteredCentre(ServiceCentre state, long version) {
        super(version);
        this.code = CentreCode.of(state.code());
        this.state = state;
    }

    /** A centre new to the catalog; {@code levelOf} finds the level of its parent. */
    public static RegisteredCentre register(ServiceCentre centre, Function<String, Optional<Level>> levelOf, Instant at) {
        RegisteredCentre registered = new RegisteredCentre(centre, 0);
        registered.save(centre, levelOf, at);
        return registered;
    }

    /** Replaces name, level and parent (PUT is a full replacement). */
    public void replace(ServiceCentre next, Function<String, Optional<Level>> levelOf, Instant at) {
        save(next, levelOf, at);
    }

    private void save(ServiceCentre next, Function<String, Optional<Level>> levelOf, Instant at) {
        List<Violation> violations = CentrePolicy.check(next, levelOf);
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations);
        }
        state = next;
        changes().registerEvent(new OrganisationEvent.CentreSaved(next, at));
    }

    public CentreCode code() {
        return code;
    }

    public ServiceCentre state() {
        return state;
    }
}

package org.onewindow.catalog.organisation;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.onewindow.contracts.catalog.CentreLevel;
import org.onewindow.contracts.catalog.DepartmentChanged;
import org.onewindow.contracts.catalog.ServiceCentreChanged;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.Violation;
import org.onewindow.platform.messaging.EventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saves departments and centres and announces their full state on {@code catalog.items}. */
@Service
public class OrganisationService {

    private final OrganisationRepository repository;
    private final EventPublisher events;
    private final Clock clock;

    public OrganisationService(OrganisationRepository repository, EventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Department save(Department department) {
        if (department.name() == null || department.name().isBlank()) {
            throw new RuleViolation("name", "department.name-required", "a department needs a name");
        }
        var at = clock.instant();
        repository.save(department, at);
        events.publish(new DepartmentChanged(department.code(), department.name(), department.powers(), true,
                at.atOffset(ZoneOffset.UTC)));
        return department;
    }

    @Transactional
    public ServiceCentre save(ServiceCentre centre) {
        List<Violation> violations = CentrePolicy.check(centre, repository::centreLevel);
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations);
        }
        var at = clock.instant();
        repository.save(centre, at);
        events.publish(new ServiceCentreChanged(centre.code(), centre.name(), CentreLevel.valueOf(centre.level().name()),
                centre.parent(), true, at.atOffset(ZoneOffset.UTC)));
        return centre;
    }
}

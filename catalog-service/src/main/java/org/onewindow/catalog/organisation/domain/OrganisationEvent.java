package org.onewindow.catalog.organisation.domain;

import java.time.Instant;

/** What a change of a department or centre tells the suite (internal; the messaging adapter maps it). */
public sealed interface OrganisationEvent {

    /** The department's full state after it was saved. */
    record DepartmentSaved(Department department, Instant at) implements OrganisationEvent {
    }

    /** The centre's full state after it was saved. */
    record CentreSaved(ServiceCentre centre, Instant at) implements OrganisationEvent {
    }
}

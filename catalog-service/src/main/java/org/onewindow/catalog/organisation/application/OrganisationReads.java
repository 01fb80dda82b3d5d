package org.onewindow.catalog.organisation.application;

import java.util.List;
import java.util.Optional;

import org.onewindow.catalog.organisation.domain.RegisteredCentre;
import org.onewindow.catalog.organisation.domain.RegisteredDepartment;
import org.onewindow.catalog.organisation.domain.ServiceCentre;
import org.onewindow.catalog.items.domain.CatalogReferences;
import org.onewindow.platform.kernel.CentreCode;
import org.onewindow.platform.kernel.DepartmentCode;

/** What the catalog reads about departments and centres (implemented by the persistence adapter). */
public interface OrganisationReads extends CatalogReferences {

    Optional<RegisteredDepartment> department(DepartmentCode code);

    List<RegisteredDepartment> departments(long offset, int limit);

    long countDepartments();

    Optional<RegisteredCentre> centre(CentreCode code);

    /** Centres in a stable order: city first, then town, then village, each by code. */
    List<ServiceCentre> centres(long offset, int limit);

    long countCentres();
}

package org.onewindow.catalog.organisation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.onewindow.platform.kernel.Violation;

/** A centre sits one level below its parent (村 under 镇, 镇 under 市); a city centre has no parent. */
public final class CentrePolicy {

    private CentrePolicy() {
    }

    public static List<Violation> check(ServiceCentre centre, Function<String, Optional<Level>> levelOf) {
        List<Violation> found = new ArrayList<>();
        if (centre.name() == null || centre.name().isBlank()) {
            found.add(new Violation("name", "centre.name-required", "a service centre needs a name"));
        }
        if (centre.level() == null) {
            found.add(new Violation("level", "centre.level-required", "CITY, TOWN or VILLAGE is required"));
            return found;
        }
        if (centre.level() == Level.CITY) {
            if (centre.parent() != null) {
                found.add(new Violation("parent", "centre.city-has-no-parent", "a city centre has no parent"));
            }
            return found;
        }
        Level expected = Level.values()[centre.level().ordinal() - 1];
        Optional<Level> parentLevel = centre.parent() == null ? Optional.empty() : levelOf.apply(centre.parent());
        if (parentLevel.isEmpty()) {
            found.add(new Violation("parent", "centre.parent-exists", "a " + centre.level()
                    + " centre needs an existing " + expected + " parent"));
        } else if (parentLevel.get() != expected) {
            found.add(new Violation("parent", "centre.parent-level", "the parent of a " + centre.level()
                    + " centre is a " + expected + " centre, not " + parentLevel.get()));
        }
        return found;
    }
}

package org.onewindow.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.onewindow.contracts.catalog.Channel;
import org.onewindow.contracts.catalog.ItemVersionChanged;
import org.onewindow.contracts.catalog.ItemVersionChanged.Delegation;
import org.onewindow.contracts.catalog.ItemVersionChanged.ItemStatus;
import org.onewindow.contracts.catalog.ItemVersionChanged.Material;
import org.onewindow.contracts.catalog.Route;
import org.onewindow.contracts.catalog.RouteMode;

/**
 * What catalog publishes for intake's tests: a food licence item (《食品安全法》第三十五条, MARKET in parallel,
 * 10 and 20 working days, window and online) in force since 1 Jan 2025, as a published item version.
 */
public final class CatalogEvents {

    private CatalogEvents() {
    }

    /** The published version of item {@code code} (its catalog code is the code without its last part). */
    public static ItemVersionChanged foodLicence(String code, int version, String name, List<Delegation> delegations,
                                                 Material... materials) {
        return new ItemVersionChanged(code, version, code.substring(0, code.lastIndexOf('-')), code + "-01", name,
                ItemVersionChanged.ItemType.ADMINISTRATIVE_LICENSING, "《食品安全法》第三十五条", "MARKET", "MARKET-LICENSING",
                "MARKET-SUPERVISION", delegations, List.of("有与经营相适应的场所"), List.of(materials),
                10, 20, false, List.of(), new Route(RouteMode.PARALLEL, true, List.of("MARKET")),
                List.of(Channel.WINDOW, Channel.ONLINE), ItemVersionChanged.ResultType.LICENCE, 1, ItemStatus.PUBLISHED,
                LocalDate.of(2025, 1, 1), null, OffsetDateTime.now(), "admin", "initial");
    }

    /** A required material handed in as one original. */
    public static Material original(String code, String name) {
        return new Material(code, name, true, 1, 0, false, null);
    }

    /** A required material handed in as one copy. */
    public static Material copy(String code, String name) {
        return new Material(code, name, true, 0, 1, false, null);
    }
}

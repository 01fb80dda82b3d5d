package org.onewindow.catalog.items.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.onewindow.catalog.organisation.domain.Level;
import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.kernel.AuditActor;

/** A workable 食品经营许可 definition and a small catalog of departments and centres, for unit tests. */
final class ItemFixtures {

    static final Instant NOW = Instant.parse("2025-03-03T02:00:00Z");

    static final CatalogReferences REFERENCES = new CatalogReferences() {
        @Override
        public boolean departmentExists(String code) {
            return Set.of("MARKET", "HEALTH", "FIRE", "CIVIL-AFFAIRS").contains(code);
        }

        @Override
        public Optional<Level> centreLevel(String code) {
            return switch (code) {
                case "C-CITY-01" -> Optional.of(Level.CITY);
                case "C-TOWN-01", "C-TOWN-02" -> Optional.of(Level.TOWN);
                case "C-VIL-0101" -> Optional.of(Level.VILLAGE);
                default -> Optional.empty();
            };
        }
    };

    static final ItemDefinitionPolicy POLICY = new ItemDefinitionPolicy(REFERENCES);

    private ItemFixtures() {
    }

    static ItemDefinition foodLicence() {
        return new ItemDefinition("000123", "11330100000123-01", "食品经营许可", ItemType.ADMINISTRATIVE_LICENSING,
                "《中华人民共和国食品安全法》第三十五条", "MARKET", "市场准入科", "MARKET", Level.CITY,
                List.of(new Delegation(Level.TOWN, DelegationKind.DELEGATED, List.of()),
                        new Delegation(Level.VILLAGE, DelegationKind.PROXY, List.of("C-VIL-0101"))),
                List.of("有与经营食品相适应的经营场所"),
                List.of(new Material("APPLICATION-FORM", "申请书", true, 1, 0, false, "forms/food.docx"),
                        new Material("LAYOUT-PLAN", "布局流程图", true, 1, 0, true, null)),
                10, 20, false, List.of(),
                new Route(RouteMode.PARALLEL, true, List.of("MARKET", "HEALTH", "FIRE")),
                Set.of(Channel.WINDOW, Channel.ONLINE), ResultType.LICENCE, 1);
    }

    static Authorship by(String reason) {
        return new Authorship(AuditActor.of(new Actor("admin-1", "王管理", Set.of("CATALOG_ADMIN"), "MARKET", "C-CITY-01"),
                "CATALOG_ADMIN"), reason, NOW);
    }
}

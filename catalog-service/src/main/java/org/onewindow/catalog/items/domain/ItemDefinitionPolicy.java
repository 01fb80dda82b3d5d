package org.onewindow.catalog.items.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.onewindow.catalog.organisation.domain.Level;
import org.onewindow.platform.kernel.Violation;

/**
 * Decides whether an item version can work once published. It never stops at the first problem: every
 * broken rule comes back at once, each naming its field (e.g. {@code materials[2].name}) and rule.
 */
public final class ItemDefinitionPolicy {

    private final CatalogReferences references;

    public ItemDefinitionPolicy(CatalogReferences references) {
        this.references = references;
    }

    public List<Violation> check(ItemDefinition item) {
        List<Violation> found = new ArrayList<>();
        Checks checks = new Checks(found);
        checks.when(blank(item.name()), "name", "item.name-required", "the item needs a name");
        checks.when(item.type() == null, "type", "item.type-required", "the item type (事项类型) is required");
        checks.when(blank(item.legalBasis()), "legalBasis", "item.legal-basis-required",
                "the legal basis (设定依据) is required");
        checks.when(item.level() == null, "level", "item.level-required", "the level that holds the power is required");
        checks.when(item.resultType() == null, "resultType", "item.result-type-required", "the result type is required");
        checks.when(item.channels().isEmpty(), "channels", "item.channel-required", "at least one channel is required");
        checks.when(item.visitsRequired() == null || item.visitsRequired() < 0, "visitsRequired",
                "item.visits-not-negative", "the number of visits must be 0 or more");
        department(checks, item.implementingDepartment(), "implementingDepartment");
        department(checks, item.supervisingDepartment(), "supervisingDepartment");
        limits(checks, item);
        route(checks, item);
        materials(checks, item.materials());
        fees(checks, item.fees());
        delegations(checks, item);
        return List.copyOf(found);
    }

    private void department(Checks checks, String code, String field) {
        if (blank(code)) {
            checks.add(field, "item.department-required", "a department is required");
        } else if (!references.departmentExists(code)) {
            checks.add(field, "item.department-exists", "department " + code + " does not exist");
        }
    }

    private static void limits(Checks checks, ItemDefinition item) {
        Integer promised = item.promisedLimit();
        Integer statutory = item.statutoryLimit();
        checks.when(statutory == null || statutory < 1, "statutoryLimit", "item.statutory-limit-positive",
                "the statutory limit (法定时限) must be at least 1 working day");
        checks.when(promised == null || promised < 1, "promisedLimit", "item.promised-limit-positive",
                "the promised limit (承诺时限) must be at least 1 working day");
        if (promised != null && statutory != null && promised > statutory) {
            checks.add("promisedLimit", "item.promised-within-statutory", "the promised limit (" + promised
                    + ") must not exceed the statutory limit (" + statutory + ")");
        }
        lawsLimit(checks, item);
        // 即办件 are decided on the spot; one working day is the limit the clock still needs.
        if (item.immediate() && promised != null && promised != 1) {
            checks.add("promisedLimit", "item.immediate-promised-one-day",
                    "an immediate item (即办件) has a promised limit of 1 working day");
        }
    }

    /** The Licensing Law's statutory limits (Art. 42): 20 working days, 45 for joint handling (Art. 26). */
    public static final int LAW_LIMIT = 20;
    public static final int JOINT_LAW_LIMIT = 45;

    /**
     * A licensing item (行政许可) keeps within the law's limit unless the version cites the special law that sets a
     * longer one (Art. 42: "法律、法规另有规定的，依照其规定").
     */
    private static void lawsLimit(Checks checks, ItemDefinition item) {
        Integer statutory = item.statutoryLimit();
        if (item.type() != ItemType.ADMINISTRATIVE_LICENSING || statutory == null || !blank(item.specialLaw())) {
            return;
        }
        int max = item.jointHandling() == null ? LAW_LIMIT : JOINT_LAW_LIMIT;
        if (statutory > max) {
            checks.add("statutoryLimit", "item.statutory-limit-above-law", "the statutory limit (" + statutory
                    + ") exceeds the Licensing Law's " + max + " working days ("
                    + (item.jointHandling() == null ? "one department" : "joint handling " + item.jointHandling())
                    + ", Art. 42); cite the special law that allows it in specialLaw");
        }
    }

    private void route(Checks checks, ItemDefinition item) {
        Route route = item.route();
        if (route == null || route.departments().isEmpty()) {
            checks.add("route.departments", "item.route-required", "the route needs at least one department");
            return;
        }
        checks.when(route.mode() == null, "route.mode", "item.route-mode-required", "PARALLEL or SERIAL is required");
        checks.when(!item.immediate() && !route.twoPersonReview(), "route.twoPersonReview",
                "item.two-person-review-required", "a promised item needs review and check by two persons (一审一核)");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < route.departments().size(); i++) {
            String code = route.departments().get(i);
            String field = "route.departments[" + i + "]";
            if (blank(code) || !references.departmentExists(code)) {
                checks.add(field, "item.department-exists", "department " + code + " does not exist");
            } else if (!seen.add(code)) {
                checks.add(field, "item.route-department-repeated", "department " + code + " is on the route twice");
            }
        }
    }

    private static void materials(Checks checks, List<Material> materials) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < materials.size(); i++) {
            Material material = materials.get(i);
            String prefix = "materials[" + i + "]";
            checks.when(blank(material.name()), prefix + ".name", "item.material-name-required",
                    "every material needs a name");
            if (blank(material.code())) {
                checks.add(prefix + ".code", "item.material-code-required", "every material needs a code");
            } else if (!codes.add(material.code())) {
                checks.add(prefix + ".code", "item.material-code-unique", "material " + material.code() + " is listed twice");
            }
            checks.when(material.originalCount() < 0 || material.copyCount() < 0, prefix, "item.material-count",
                    "numbers of originals and copies cannot be negative");
        }
    }

    private static void fees(Checks checks, List<Fee> fees) {
        for (int i = 0; i < fees.size(); i++) {
            Fee fee = fees.get(i);
            String prefix = "fees[" + i + "]";
            checks.when(blank(fee.name()), prefix + ".name", "item.fee-name-required", "every fee needs a name");
            checks.when(fee.amount() == null || fee.amount().compareTo(BigDecimal.ZERO) < 0, prefix + ".amount",
                    "item.fee-amount", "a fee needs an amount of 0 or more yuan");
            checks.when(blank(fee.legalBasis()), prefix + ".legalBasis", "item.fee-legal-basis-required",
                    "a fee may be charged only with a legal basis (收费依据)");
        }
    }

    private void delegations(Checks checks, ItemDefinition item) {
        for (int i = 0; i < item.delegations().size(); i++) {
            Delegation delegation = item.delegations().get(i);
            String prefix = "delegations[" + i + "]";
            checks.when(delegation.kind() == null, prefix + ".kind", "item.delegation-kind-required",
                    "DELEGATED, ENTRUSTED, EXTENDED or PROXY is required");
            if (delegation.level() == null || (item.level() != null && delegation.level().compareTo(item.level()) <= 0)) {
                checks.add(prefix + ".level", "item.delegation-below-level",
                        "a delegation goes to a level below the item's own (" + item.level() + ")");
            }
            for (int j = 0; j < delegation.centres().size(); j++) {
                String centre = delegation.centres().get(j);
                Optional<Level> level = references.centreLevel(centre);
                String field = prefix + ".centres[" + j + "]";
                if (level.isEmpty()) {
                    checks.add(field, "item.centre-exists", "service centre " + centre + " does not exist");
                } else if (level.get() != delegation.level()) {
                    checks.add(field, "item.centre-level", "service centre " + centre + " is a " + level.get()
                            + " centre, not " + delegation.level());
                }
            }
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private record Checks(List<Violation> found) {
        void when(boolean broken, String field, String rule, String message) {
            if (broken) {
                add(field, rule, message);
            }
        }

        void add(String field, String rule, String message) {
            found.add(new Violation(field, rule, message));
        }
    }
}

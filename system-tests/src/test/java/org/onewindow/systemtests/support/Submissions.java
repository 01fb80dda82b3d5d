package org.onewindow.systemtests.support;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bodies of {@code POST /api/intake/v1/applications} for the demo catalog's items. The material codes are the
 * demo catalog's (catalog-service demo/catalog.json); a window clerk submits for the person, naming the
 * applicant's user account so that the applicant can later rate the case.
 */
public final class Submissions {

    public static final String FOOD_BIZ_LICENCE = "FOOD-BIZ-LICENCE";
    public static final String OUTDOOR_AD_PERMIT = "OUTDOOR-AD-PERMIT";
    public static final String ELDERLY_ALLOWANCE = "ELDERLY-ALLOWANCE";
    public static final String BIZ_LICENCE_REG = "BIZ-LICENCE-REG";

    private static final Map<String, List<String>> REQUIRED_MATERIALS = Map.of(
            FOOD_BIZ_LICENCE, List.of("APPLICATION-FORM", "ID-DOC", "PREMISES-PROOF", "LAYOUT-PLAN", "FOOD-SAFETY-RULES"),
            OUTDOOR_AD_PERMIT, List.of("APPLICATION-FORM", "ID-DOC", "SITE-PLAN", "SAFETY-CERT"),
            ELDERLY_ALLOWANCE, List.of("APPLICATION-FORM", "ID-DOC", "BANK-ACCOUNT"),
            BIZ_LICENCE_REG, List.of("APPLICATION-FORM", "ID-DOC", "ARTICLES", "ADDRESS-PROOF"));

    private final String itemCode;
    private String name = "张三";
    private String idNumber = ResidentIds.next();
    private String phone = "13812345678";
    private String applicantUserId = Gateway.APPLICANT;
    private final Set<String> missing = new LinkedHashSet<>();
    private final Set<String> defective = new LinkedHashSet<>();
    private Map<String, Object> delivery = Json.object("method", "WINDOW_PICKUP");

    private Submissions(String itemCode) {
        this.itemCode = itemCode;
    }

    public static Submissions of(String itemCode) {
        return new Submissions(itemCode);
    }

    public static List<String> requiredMaterials(String itemCode) {
        return REQUIRED_MATERIALS.getOrDefault(itemCode, List.of("APPLICATION-FORM"));
    }

    public Submissions applicant(String newName, String newIdNumber, String newPhone) {
        this.name = newName;
        this.idNumber = newIdNumber;
        this.phone = newPhone;
        return this;
    }

    public Submissions idNumber(String value) {
        this.idNumber = value;
        return this;
    }

    public Submissions applicantUserId(String value) {
        this.applicantUserId = value;
        return this;
    }

    /** The result is to be mailed (EMS) to {@code address}. */
    public Submissions mailedTo(String address) {
        this.delivery = Json.object("method", "MAIL", "address", address);
        return this;
    }

    public Submissions missing(String... codes) {
        missing.addAll(List.of(codes));
        return this;
    }

    public Submissions defective(String... codes) {
        defective.addAll(List.of(codes));
        return this;
    }

    public String idNumber() {
        return idNumber;
    }

    public Map<String, Object> body() {
        List<Map<String, Object>> materials = new ArrayList<>();
        for (String code : requiredMaterials(itemCode)) {
            materials.add(material(code, !missing.contains(code), defective.contains(code)));
        }
        return Json.object(
                "itemCode", itemCode,
                "applicant", Json.object("kind", "PERSON", "name", name, "idNumber", idNumber, "phone", phone),
                "materials", materials,
                "delivery", delivery,
                "applicantUserId", applicantUserId);
    }

    public static Map<String, Object> material(String code, boolean provided, boolean isDefective) {
        return Json.object("code", code, "provided", provided, "defective", isDefective,
                "note", isDefective ? "复印件不清晰" : null);
    }
}

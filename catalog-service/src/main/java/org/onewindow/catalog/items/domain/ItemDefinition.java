package org.onewindow.catalog.items.domain;

import java.util.List;
import java.util.Set;

import org.onewindow.catalog.organisation.domain.Level;

/**
 * The fields of one version of an item as the national implementation list (实施清单) carries them.
 * Nothing here is checked on construction: a draft may be incomplete; {@link ItemDefinitionPolicy}
 * decides whether it can be published.
 *
 * @param basicCode              基本编码
 * @param implementationCode     实施编码
 * @param legalBasis             设定依据
 * @param implementingDepartment 实施主体
 * @param handlingUnit           承办机构
 * @param supervisingDepartment  监管部门
 * @param level                  the level that holds the power (usually CITY)
 * @param delegations            centres below that level that may accept it (下放 / 委托 / 延伸 / 代办)
 * @param acceptanceConditions   受理条件
 * @param promisedLimit          承诺时限, working days
 * @param statutoryLimit         法定时限, working days
 * @param immediate              即办件: decided at the window on the spot
 * @param fees                   收费; empty means free of charge (不收费)
 * @param resultType             办理结果类型
 * @param visitsRequired         到现场次数: 1 = 最多跑一次, 0 = 零跑腿
 * @param jointHandling          统一办理/联合办理/集中办理 (Art. 26 行政许可法); null: handled by one department
 * @param specialLaw             the law or regulation that allows a statutory limit above the Licensing Law's (20
 *                               working days, 45 jointly; Art. 42 "法律、法规另有规定的，依照其规定"); null: none
 */
public record ItemDefinition(
        String basicCode,
        String implementationCode,
        String name,
        ItemType type,
        String legalBasis,
        String implementingDepartment,
        String handlingUnit,
        String supervisingDepartment,
        Level level,
        List<Delegation> delegations,
        List<String> acceptanceConditions,
        List<Material> materials,
        Integer promisedLimit,
        Integer statutoryLimit,
        Boolean immediate,
        List<Fee> fees,
        Route route,
        Set<Channel> channels,
        ResultType resultType,
        Integer visitsRequired,
        JointHandling jointHandling,
        String specialLaw) {

    /** A definition of an item handled by one department, with no special law. */
    public ItemDefinition(String basicCode, String implementationCode, String name, ItemType type, String legalBasis,
                          String implementingDepartment, String handlingUnit, String supervisingDepartment,
                          Level level, List<Delegation> delegations, List<String> acceptanceConditions,
                          List<Material> materials, Integer promisedLimit, Integer statutoryLimit, Boolean immediate,
                          List<Fee> fees, Route route, Set<Channel> channels, ResultType resultType,
                          Integer visitsRequired) {
        this(basicCode, implementationCode, name, type, legalBasis, implementingDepartment, handlingUnit,
                supervisingDepartment, level, delegations, acceptanceConditions, materials, promisedLimit,
                statutoryLimit, immediate, fees, route, channels, resultType, visitsRequired, null, null);
    }

    public ItemDefinition {
        // a draft may leave it out: an item is a promised one (承诺件) unless it says otherwise
        immediate = Boolean.TRUE.equals(immediate);
        delegations = delegations == null ? List.of() : List.copyOf(delegations);
        acceptanceConditions = acceptanceConditions == null ? List.of() : List.copyOf(acceptanceConditions);
        materials = materials == null ? List.of() : List.copyOf(materials);
        fees = fees == null ? List.of() : List.copyOf(fees);
        channels = channels == null ? Set.of() : Set.copyOf(channels);
    }

    public boolean free() {
        return fees.isEmpty();
    }

    /** Every department the item involves: implementing, supervising and each on the route. */
    public boolean involves(String department) {
        return department.equals(implementingDepartment) || department.equals(supervisingDepartment)
                || (route != null && route.departments().contains(department));
    }
}

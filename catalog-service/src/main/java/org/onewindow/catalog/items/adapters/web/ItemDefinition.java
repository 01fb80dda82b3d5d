package org.onewindow.catalog.items.adapters.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.onewindow.platform.kernel.ListLimits;
import org.onewindow.platform.kernel.SingleLine;
import org.onewindow.platform.kernel.TextLimits;
import java.util.List;
import java.util.Set;

import org.onewindow.catalog.items.domain.Channel;
import org.onewindow.catalog.items.domain.ItemType;
import org.onewindow.catalog.items.domain.JointHandling;
import org.onewindow.catalog.items.domain.ResultType;
import org.onewindow.catalog.organisation.domain.Level;

/**
 * The fields of one version of an item as the national implementation list (实施清单) carries them, in the
 * API's (and the import file's) form: every text and list with its input limit, which platform-web checks and the
 * OpenAPI document shows. The domain's {@code ItemDefinition} has the same fields without the limits; nothing is
 * checked on construction (a draft may be incomplete): the domain's {@code ItemDefinitionPolicy} decides whether
 * it can be published.
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
 * @param jointHandling          统一办理 UNIFIED / 联合办理 JOINT / 集中办理 CENTRALISED (Art. 26 行政许可法: 45 working
 *                               days, +15); absent: handled by one department
 * @param specialLaw             the law or regulation allowing a statutory limit above the Licensing Law's (20, 45
 *                               jointly); required for such a limit on a licensing item
 */
public record ItemDefinition(
        @Size(max = TextLimits.CODE) @SingleLine String basicCode,
        @Size(max = TextLimits.CODE) @SingleLine String implementationCode,
        @Size(max = TextLimits.NAME) @SingleLine String name,
        ItemType type,
        @Size(max = TextLimits.LONG_TEXT) String legalBasis,
        @Size(max = TextLimits.CODE) @SingleLine String implementingDepartment,
        @Size(max = TextLimits.NAME) @SingleLine String handlingUnit,
        @Size(max = TextLimits.CODE) @SingleLine String supervisingDepartment,
        Level level,
        @Size(max = ListLimits.DELEGATIONS) List<@Valid Delegation> delegations,
        @Size(max = ListLimits.CONDITIONS) List<@Size(max = TextLimits.SHORT_TEXT) String> acceptanceConditions,
        @Size(max = ListLimits.MATERIALS) List<@Valid Material> materials,
        Integer promisedLimit,
        Integer statutoryLimit,
        Boolean immediate,
        @Size(max = ListLimits.FEES) List<@Valid Fee> fees,
        @Valid Route route,
        @Size(max = ListLimits.CHANNELS) Set<Channel> channels,
        ResultType resultType,
        Integer visitsRequired,
        JointHandling jointHandling,
        @Size(max = TextLimits.LONG_TEXT) String specialLaw) {

    /** The domain definition's defaults, applied while the request is read (before any list is mapped). */
    public ItemDefinition {
        // a draft may leave it out: an item is a promised one (承诺件) unless it says otherwise
        immediate = Boolean.TRUE.equals(immediate);
        delegations = delegations == null ? List.of() : List.copyOf(delegations);
        acceptanceConditions = acceptanceConditions == null ? List.of() : List.copyOf(acceptanceConditions);
        materials = materials == null ? List.of() : List.copyOf(materials);
        fees = fees == null ? List.of() : List.copyOf(fees);
        channels = channels == null ? Set.of() : Set.copyOf(channels);
    }

    public static ItemDefinition of(org.onewindow.catalog.items.domain.ItemDefinition d) {
        return new ItemDefinition(d.basicCode(), d.implementationCode(), d.name(), d.type(), d.legalBasis(),
                d.implementingDepartment(), d.handlingUnit(), d.supervisingDepartment(), d.level(),
                d.delegations().stream().map(Delegation::of).toList(), d.acceptanceConditions(),
                d.materials().stream().map(Material::of).toList(), d.promisedLimit(), d.statutoryLimit(), d.immediate(),
                d.fees().stream().map(Fee::of).toList(), d.route() == null ? null : Route.of(d.route()), d.channels(),
                d.resultType(), d.visitsRequired(), d.jointHandling(), d.specialLaw());
    }

    public org.onewindow.catalog.items.domain.ItemDefinition toDomain() {
        return new org.onewindow.catalog.items.domain.ItemDefinition(basicCode, implementationCode, name, type,
                legalBasis, implementingDepartment, handlingUnit, supervisingDepartment, level,
                delegations.stream().map(Delegation::toDomain).toList(), acceptanceConditions,
                materials.stream().map(Material::toDomain).toList(), promisedLimit, statutoryLimit, immediate,
                fees.stream().map(Fee::toDomain).toList(), route == null ? null : route.toDomain(), channels,
                resultType, visitsRequired, jointHandling, specialLaw);
    }
}

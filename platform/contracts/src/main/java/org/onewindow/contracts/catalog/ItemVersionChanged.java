package org.onewindow.contracts.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.EventFields;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The current version of a service item (政务服务事项, 实施清单), in full. The stream is compacted and keeps
 * only the last event per item code, so every event carries the whole state: a new consumer rebuilds its
 * catalog replica from this event alone.
 *
 * @param version            increases by one with every published change; a case keeps the version it was accepted
         under
 * @param basicCode          基本编码
 * @param implementationCode 实施编码
 * @param legalBasis         设定依据
 * @param implementingDepartment 实施主体: who decides
 * @param handlingUnit       承办机构: who does the work
 * @param supervisingDepartment 监管部门 ("谁主管谁监管")
 * @param delegations        where below city level the item can be applied for (下放 / 委托 / 延伸 / 代办)
 * @param conditions         申请条件, one text per condition
 * @param promisedLimitDays  承诺时限, working days
 * @param statutoryLimitDays 法定时限, working days
 * @param immediate          即办件: decided at the window on the spot
 * @param visitsRequired     0 = 零跑腿, 1 = 最多跑一次
 * @param effectiveTo        null while open-ended
 * @param jointHandling      统一办理/联合办理/集中办理 (Art. 26, 42 行政许可法: 45 working days, +15); null or absent
 *                           for an item handled by one department alone
 * @param specialLaw         the law or regulation that sets a statutory limit above the Licensing Law's (20, or 45
 *                           jointly); null when the item keeps within it
 */
@EventType(name = "catalog.ItemVersionChanged", version = 1, stream = Stream.CATALOG_ITEMS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ItemVersionChanged(
        String itemCode,
        int version,
        String basicCode,
        String implementationCode,
        String name,
        ItemType itemType,
        String legalBasis,
        String implementingDepartment,
        String handlingUnit,
        String supervisingDepartment,
        List<Delegation> delegations,
        List<String> conditions,
        List<Material> materials,
        int promisedLimitDays,
        int statutoryLimitDays,
        boolean immediate,
        List<Fee> fees,
        Route route,
        List<Channel> channels,
        ResultType resultType,
        int visitsRequired,
        ItemStatus status,
        LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        OffsetDateTime changedAt,
        String changedBy,
        String changeReason,
        @Nullable JointHandling jointHandling,
        @Nullable String specialLaw) implements DomainEvent {

    /** The version as announced before joint handling and the special law were added. */
    public ItemVersionChanged(String itemCode, int version, String basicCode, String implementationCode,
            String name, ItemType itemType, String legalBasis, String implementingDepartment, String handlingUnit,
            String supervisingDepartment, List<Delegation> delegations, List<String> conditions,
            List<Material> materials, int promisedLimitDays, int statutoryLimitDays, boolean immediate,
            List<Fee> fees, Route route, List<Channel> channels, ResultType resultType, int visitsRequired,
            ItemStatus status, LocalDate effectiveFrom, @Nullable LocalDate effectiveTo, OffsetDateTime changedAt,
            String changedBy, String changeReason) {
        this(itemCode, version, basicCode, implementationCode, name, itemType, legalBasis, implementingDepartment,
                handlingUnit, supervisingDepartment, delegations, conditions, materials, promisedLimitDays,
                statutoryLimitDays, immediate, fees, route, channels, resultType, visitsRequired, status, effectiveFrom,
                effectiveTo, changedAt, changedBy, changeReason, null, null);
    }

    public ItemVersionChanged {
        EventFields.requireKey(itemCode, "itemCode");
        delegations = EventFields.list(delegations);
        conditions = EventFields.list(conditions);
        materials = EventFields.list(materials);
        fees = EventFields.list(fees);
        channels = EventFields.list(channels);
    }

    @Override
    public String subject() {
        return itemCode;
    }

    /** How several departments handle one licence together (行政许可法 第二十六条). */
    public enum JointHandling {
        /** 统一办理: one department receives and answers for all */
        UNIFIED,
        /** 联合办理 */
        JOINT,
        /** 集中办理 */
        CENTRALISED
    }

    /** 事项类型 */
    public enum ItemType {
        /** 行政许可 */
        ADMINISTRATIVE_LICENSING,
        /** 行政确认 */
        ADMINISTRATIVE_CONFIRMATION,
        /** 行政给付 */
        ADMINISTRATIVE_PAYMENT,
        /** 公共服务 */
        PUBLIC_SERVICE,
        OTHER
    }

    /** How a city power is made available at a lower level. */
    public enum DelegationMode {
        /** not available at this level */
        NONE,
        /** 下放 */
        DELEGATED,
        /** 委托 */
        ENTRUSTED,
        /** 延伸 */
        EXTENDED,
        /** 代办 */
        PROXY
    }

    /**
     * @param centres service centre codes; empty means every centre of that level
     */
    public record Delegation(CentreLevel level, DelegationMode mode, List<String> centres) {

        public Delegation {
            centres = EventFields.list(centres);
        }
    }

    /**
     * 申请材料.
     *
     * @param deferrable  may be supplied after acceptance (容缺受理)
     * @param templateRef the blank form or sample, if the catalog offers one
     */
    public record Material(String code, String name, boolean required, int originalCount, int copyCount,
            boolean deferrable, @Nullable String templateRef) {
    }

    /** 收费项目; amount in yuan. */
    public record Fee(String name, BigDecimal amount, String legalBasis) {
    }

    /** 办理结果类型 */
    public enum ResultType {
        /** 许可证 */
        LICENCE,
        /** 证书 */
        CERTIFICATE,
        /** 批文 */
        APPROVAL_DOCUMENT,
        OTHER
    }

    public enum ItemStatus {
        /** open for applications */
        PUBLISHED,
        /** temporarily closed for new applications; cases already accepted continue */
        SUSPENDED,
        /** withdrawn from the catalog ("目录之外无审批") */
        REVOKED
    }
}

package org.onewindow.platform.security;

import java.util.Optional;

/**
 * The roles a token may carry in its {@code roles} claim. Each maps to the Spring authority
 * {@code ROLE_<name>}, whose grants the policy table ({@code access-policy.csv}) lists.
 */
public enum Role {
    /** 申请人: a citizen or company applying for an item (办事群众 / 企业). */
    APPLICANT,
    /** 综合窗口受理人员: front-desk clerk of a service centre (一窗通办), accepts every item. */
    WINDOW_CLERK,
    /** 村(社区)代办员: village agent applying on a citizen's behalf (代办), with a recorded mandate. */
    VILLAGE_AGENT,
    /** 审查人员 (审批): department reviewer, first person of 一审一核. */
    REVIEWER,
    /** 审核/核准人员: department checker, the second person of 一审一核; never the case's reviewer. */
    CHECKER,
    /** 监管人员: supervising department staff who claim pushed approvals (审管联动 认领). */
    SUPERVISOR,
    /** 执法检查人员: inspector drawn for random inspections (双随机一公开). */
    INSPECTOR,
    /** 事项目录管理员: maintains and publishes the catalog (实施清单). */
    CATALOG_ADMIN,
    /** 电子监察人员: watches warnings and rule breaks (电子监察). */
    MONITOR,
    /**
     * 本级人民政府负责人: the head of the government at the centre's level; approves the extension of a licence handled
     * jointly (统一办理/联合办理/集中办理, 行政许可法 第四十二条), which a department's checker may not.
     */
    GOVERNMENT_HEAD,
    /** 系统: another system or a service acting on its own behalf (machine to machine). */
    SYSTEM,
    /** 运维人员: operations staff; the only role for the ops endpoints (dead letters, parked events, loggers, env). */
    OPS;

    private static final String PREFIX = "ROLE_";

    /** The Spring Security authority for this role, e.g. {@code ROLE_REVIEWER}. */
    public String authority() {
        return PREFIX + name();
    }

    /** The role named by a claim value, if it is one of ours; unknown values are ignored, not fatal. */
    public static Optional<Role> fromClaim(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Role role : values()) {
            if (role.name().equals(value.trim())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}

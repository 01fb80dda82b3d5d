package org.onewindow.monitor.alerts.domain;

/**
 * The 电子监察 rules, each with its legal or policy source (docs/monitor.md has the same table). The code is the
 * stable name on the wire ({@code monitor.AlertRaised.rule}) and part of the alert's id: never rename one.
 */
public enum Rule {
    CASE_PAST_STATUTORY_DEADLINE("办件超过法定时限未作决定", "case past its statutory deadline without a decision",
            "《中华人民共和国行政许可法》第四十二条、第八十二条（期限以工作日计算）"),
    STEP_PAST_DEADLINE("审批环节超过环节时限", "review step past its step deadline",
            "政务服务电子监察：环节时限红灯预警（《国务院关于加快推进全国一体化在线政务服务平台建设的指导意见》国发〔2018〕27号）"),
    REFUSAL_WITHOUT_REASONS("不予受理或不予许可未说明理由", "refusal or rejection without reasons",
            "《中华人民共和国行政许可法》第三十二条第一款第（五）项、第三十八条第二款"),
    APPROVAL_NOT_PUSHED("审批结果超过推送时限未推送监管部门", "approval not pushed to the supervising department within the push limit",
            "审管联动：审批结果2个工作日内推送监管部门（《国务院关于加强和规范事中事后监管的指导意见》国发〔2019〕18号）"),
    PUSH_UNCLAIMED("监管部门超过认领时限未认领", "supervision record unclaimed past its claim deadline",
            "审管联动：监管部门2个工作日内认领（国发〔2019〕18号，“谁审批谁负责，谁主管谁监管”）"),
    RECTIFICATION_OVERDUE("差评整改逾期", "bad rating whose rectification is overdue",
            "《国务院办公厅关于建立政务服务“好差评”制度提高政务服务水平的意见》国办发〔2019〕51号（差评整改15个工作日）"),
    SUPERVISOR_ALSO_DECIDED("审管分离：审批人员监管本人审批事项", "reviewer or checker of the decision supervises the same record (审管分离)",
            "审管分离（国发〔2019〕18号）；《中华人民共和国行政许可法》第六十一条"),
    DECIDED_WITHOUT_ACCEPTANCE("未受理即作出决定（体外循环）", "case decided without an accepted application (体外循环)",
            "《中华人民共和国行政许可法》第三十二条、第三十四条；一窗受理、全程留痕（国办发〔2018〕45号）"),
    DELIVERY_MISMATCH("出件结果与审批决定不一致", "delivered result does not match the decision",
            "统一窗口出件（国办发〔2018〕45号）；《中华人民共和国行政许可法》第三十九条、第四十四条");

    private final String titleZh;
    private final String titleEn;
    private final String source;

    Rule(String titleZh, String titleEn, String source) {
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.source = source;
    }

    public String titleZh() {
        return titleZh;
    }

    public String titleEn() {
        return titleEn;
    }

    /** The legal or policy source the rule enforces. */
    public String source() {
        return source;
    }
}

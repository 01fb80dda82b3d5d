package org.onewindow.intake.messages.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The texts the applicant is told, one per step, with the article of 《中华人民共和国行政许可法》 (or the State
 * Council's 好差评 opinion) that says they must be told. Plain Java: given the facts, the same text every time.
 */
public final class ApplicantMessages {

    public static final String LAW = "《中华人民共和国行政许可法》";
    public static final String NOTICE_BASIS = LAW + "第三十二条第一款第（四）项";
    public static final String REFUSAL_BASIS = LAW + "第三十二条第一款第（二）项、第二款";
    public static final String EXTENSION_BASIS = LAW + "第四十二条第一款";
    public static final String PAUSE_BASIS = LAW + "第四十五条";
    public static final String APPROVAL_BASIS = LAW + "第三十八条第一款、第四十四条";
    public static final String REJECTION_BASIS = LAW + "第三十八条第二款";
    public static final String DELIVERY_BASIS = LAW + "第四十四条";
    public static final String WORKING_DAYS_BASIS = LAW + "第八十二条";
    public static final String RATING_BASIS = "《国务院办公厅关于建立政务服务“好差评”制度提高政务服务水平的意见》（国办发〔2019〕51号）";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final Map<String, String> PAUSE_KINDS = Map.of("SUPPLEMENT", "补正", "HEARING", "听证",
            "BIDDING", "招标", "AUCTION", "拍卖", "INSPECTION", "检验", "TESTING", "检测", "QUARANTINE", "检疫",
            "APPRAISAL", "鉴定", "EXPERT_REVIEW", "专家评审");

    private ApplicantMessages() {
    }

    /** A case as the messages name it: 您申请的“食品经营许可”（办件号 C-CITY-01-20261130-000001）. */
    public record Case(String caseNumber, String itemName) {

        String named() {
            return "您申请的“" + itemName + "”（办件号 " + caseNumber + "）";
        }
    }

    public static ApplicantMessage noticeIssued(Case c, List<String> missingMaterials, LocalDate dueOn) {
        return new ApplicantMessage(MessageKind.NOTICE_ISSUED, "一次性告知：请补正材料",
                c.named() + "材料不齐全或者不符合法定形式，需一次性补正以下材料：" + String.join("、", missingMaterials)
                        + (dueOn == null ? "。" : "。请于" + day(dueOn) + "前补正。"),
                NOTICE_BASIS);
    }

    public static ApplicantMessage notAccepted(Case c, List<String> reasons) {
        return new ApplicantMessage(MessageKind.NOT_ACCEPTED, "不予受理告知",
                c.named() + "不予受理，理由：" + String.join("；", reasons)
                        + "。您可以依法申请行政复议或者提起行政诉讼。欢迎对本次服务进行评价。",
                REFUSAL_BASIS);
    }

    public static ApplicantMessage supplementRequested(Case c, List<String> materials) {
        return new ApplicantMessage(MessageKind.SUPPLEMENT_REQUESTED, "审查部门要求补正材料",
                c.named() + "在审查中需要补正以下材料：" + String.join("、", materials)
                        + "。请携带材料到受理窗口或在线提交，补正期间审查期限暂停计算。",
                null);
    }

    /**
     * 延期 (Art. 42): the reason must be told. {@code governmentHead} when the head of the government at that level
     * approved it (joint handling), else the agency's head.
     */
    public static ApplicantMessage deadlineExtended(Case c, String reason, Integer workingDays, LocalDate newDeadline,
                                                    boolean provisional, boolean governmentHead, String legalBasis) {
        String approver = governmentHead ? "本级人民政府负责人" : "本行政机关负责人";
        return new ApplicantMessage(MessageKind.DEADLINE_EXTENDED, "审查期限延长告知",
                c.named() + "因" + orUnstated(reason) + "，经" + approver + "批准，审查期限"
                        + (workingDays == null ? "延长" : "延长" + workingDays + "个工作日")
                        + (newDeadline == null ? "。" : "，延长后的法定办结期限为" + day(newDeadline) + provisional(provisional) + "。"),
                basisOr(legalBasis, EXTENSION_BASIS));
    }

    /** 特别程序 (Art. 45): the time it needs is not counted and must be told in writing. */
    public static ApplicantMessage procedurePaused(Case c, String pauseKind, String reason, Integer expectedWorkingDays,
                                                   LocalDate pausedOn, String legalBasis) {
        return new ApplicantMessage(MessageKind.PROCEDURE_PAUSED, "特别程序告知：" + pauseKindName(pauseKind),
                c.named() + "需要进行" + pauseKindName(pauseKind) + "，理由：" + orUnstated(reason)
                        + (pausedOn == null ? "" : "，自" + day(pausedOn) + "起")
                        + (expectedWorkingDays == null ? "，所需时间" : "，预计需要" + expectedWorkingDays + "个工作日，所需时间")
                        + "不计算在审查期限内。",
                basisOr(legalBasis, PAUSE_BASIS));
    }

    public static ApplicantMessage procedureResumed(Case c, String pauseKind, LocalDate newDeadline, boolean provisional,
                                                    String legalBasis) {
        return new ApplicantMessage(MessageKind.PROCEDURE_RESUMED, pauseKindName(pauseKind) + "已结束，审查期限恢复计算",
                c.named() + "的" + pauseKindName(pauseKind) + "已结束，审查期限恢复计算"
                        + (newDeadline == null ? "。" : "，法定办结期限为" + day(newDeadline) + provisional(provisional) + "。"),
                legalBasis == null || legalBasis.isBlank() ? null : legalBasis);
    }

    public static ApplicantMessage decided(Case c, boolean approved, String licenceNumber, LocalDate validUntil,
                                           List<String> reasons) {
        if (approved) {
            return new ApplicantMessage(MessageKind.DECIDED, "准予行政许可决定",
                    c.named() + "已作出准予行政许可的决定"
                            + (licenceNumber == null ? "" : "，证照编号 " + licenceNumber)
                            + (validUntil == null ? "" : "，有效期至" + day(validUntil)) + "。",
                    APPROVAL_BASIS);
        }
        return new ApplicantMessage(MessageKind.DECIDED, "不予行政许可决定",
                c.named() + "已作出不予行政许可的决定"
                        + (reasons == null || reasons.isEmpty() ? "" : "，理由：" + String.join("；", reasons))
                        + "。您享有依法申请行政复议或者提起行政诉讼的权利。",
                REJECTION_BASIS);
    }

    /** Art. 44: the licence is issued and served within 10 working days of the decision. */
    public static ApplicantMessage resultReady(Case c, String deliveryMethod, LocalDate dueBy, boolean provisional) {
        String how = switch (deliveryMethod == null ? "" : deliveryMethod) {
            case "MAIL" -> "将通过邮寄方式送达";
            case "DOOR_DELIVERY" -> "将送证上门";
            default -> "请携带身份证件到受理窗口领取";
        };
        return new ApplicantMessage(MessageKind.RESULT_READY, "办理结果待领取",
                c.named() + "的办理结果已出件，" + how
                        + (dueBy == null ? "。" : "，送达期限为" + day(dueBy) + provisional(provisional) + "。"),
                DELIVERY_BASIS);
    }

    /**
     * 出件 by method (结果已送达/已领取): the applicant learns how the result reached them and what to follow it by
     * (the EMS tracking number, the electronic licence's number).
     */
    /** The electronic licence review issued is on the case: where the holder downloads it. */
    public static ApplicantMessage licenceIssued(Case c, String licenceNumber) {
        return new ApplicantMessage(MessageKind.LICENCE_ISSUED, "电子证照已签发",
                c.named() + "的电子证照" + (licenceNumber == null ? "" : "（证照编号 " + licenceNumber + "）")
                        + "已签发，可在办件的材料中查看、下载，电子证照与纸质证照具有同等法律效力。", DELIVERY_BASIS);
    }

    public static ApplicantMessage resultDelivered(Case c, String method, String trackingNumber, String licenceNumber,
                                                   LocalDate on) {
        String when = on == null ? "" : "已于" + day(on);
        return switch (method == null ? "" : method) {
            case "MAIL" -> new ApplicantMessage(MessageKind.RESULT_DELIVERED, "办理结果已邮寄送达",
                    c.named() + "的办理结果" + when + "通过中国邮政EMS寄出"
                            + (trackingNumber == null ? "" : "，邮件号 " + trackingNumber + "，可凭邮件号查询投递进度") + "。",
                    DELIVERY_BASIS);
            case "DOOR_DELIVERY" -> new ApplicantMessage(MessageKind.RESULT_DELIVERED, "办理结果已送证上门",
                    c.named() + "的办理结果" + when + "送证上门。", DELIVERY_BASIS);
            case "ELECTRONIC" -> new ApplicantMessage(MessageKind.RESULT_DELIVERED, "电子证照已签发",
                    c.named() + "的电子证照" + (licenceNumber == null ? "" : "（证照编号 " + licenceNumber + "）")
                            + when + "签发，可在政务服务平台“我的证照”中查看、下载，电子证照与纸质证照具有同等法律效力。",
                    DELIVERY_BASIS);
            default -> new ApplicantMessage(MessageKind.RESULT_DELIVERED, "办理结果已领取",
                    c.named() + "的办理结果" + when + "在受理窗口领取。", DELIVERY_BASIS);
        };
    }

    /** The deadlines an applicant was told of, before or after a recomputation. */
    public record Deadlines(LocalDate promised, LocalDate statutory, boolean provisional, LocalDate licenceIssueDueBy,
                            boolean licenceIssueDueProvisional) {
    }

    /**
     * A year's official holiday arrangements were published and review counted the case's working days again (Art.
     * 82: limits count working days, statutory holidays excluded): the old and the new dates, or a provisional date
     * confirmed, and what is still provisional.
     */
    public static ApplicantMessage deadlinesRecomputed(Case c, int calendarYear, Deadlines before, Deadlines after) {
        List<String> changes = new java.util.ArrayList<>();
        change(changes, calendarYear, "承诺办结期限", before.promised(), before.provisional(), after.promised(),
                after.provisional());
        change(changes, calendarYear, "法定办结期限", before.statutory(), before.provisional(), after.statutory(),
                after.provisional());
        change(changes, calendarYear, "证照送达期限", before.licenceIssueDueBy(), before.licenceIssueDueProvisional(),
                after.licenceIssueDueBy(), after.licenceIssueDueProvisional());
        boolean stillProvisional = after.provisional() || after.licenceIssueDueProvisional();
        return new ApplicantMessage(MessageKind.DEADLINES_RECOMPUTED, "办理期限调整告知",
                "因国务院办公厅公布了" + calendarYear + "年部分节假日安排，按法定工作日重新计算，" + c.named() + "的"
                        + (changes.isEmpty() ? "期限不变" : String.join("；", changes)) + "。"
                        + (stillProvisional ? provisional(true) : ""),
                WORKING_DAYS_BASIS);
    }

    /** A date moved, or one that counted days of the published year (it falls in it) is no longer provisional. */
    private static void change(List<String> changes, int calendarYear, String name, LocalDate before,
                               boolean wasProvisional, LocalDate after, boolean isProvisional) {
        if (after == null) {
            return;
        }
        if (before != null && !before.equals(after)) {
            changes.add(name + "由" + day(before) + "调整为" + day(after));
        } else if (before == null) {
            changes.add(name + "为" + day(after));
        } else if (wasProvisional && !isProvisional && after.getYear() >= calendarYear) {
            changes.add(name + day(after) + "经确认不变");
        }
    }

    public static ApplicantMessage ratingInvitation(Case c) {
        return new ApplicantMessage(MessageKind.RATING_INVITATION, "邀请您评价本次服务",
                c.named() + "已办结送达。欢迎对本次政务服务作出“好差评”评价，差评将由有关部门核实整改并向您反馈。",
                RATING_BASIS);
    }

    /** @param outcome RECTIFIED, UNFOUNDED or APPEAL_UPHELD (rating.RectificationProgressed) */
    public static ApplicantMessage rectificationOutcome(Case c, String outcome) {
        String how = switch (outcome == null ? "" : outcome) {
            case "RECTIFIED" -> "已核实并整改完毕，感谢您的监督";
            case "UNFOUNDED" -> "经核实，反映的问题不成立";
            case "APPEAL_UPHELD" -> "经被评价部门申诉，监督机构复核后认定差评不成立";
            default -> "的整改已办结";
        };
        return new ApplicantMessage(MessageKind.RECTIFICATION_OUTCOME, "差评整改结果反馈",
                "您对" + c.named().substring(1) + "作出的差评" + how + "。如有异议，可拨打12345政务服务便民热线。",
                RATING_BASIS);
    }

    /** 听证, 检验... ; an unknown kind (a newer enum value) is shown as “特别程序”. */
    public static String pauseKindName(String kind) {
        return kind == null ? "特别程序" : PAUSE_KINDS.getOrDefault(kind, "特别程序");
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    private static String provisional(boolean provisional) {
        return provisional ? "（暂定：次年法定节假日安排尚未公布，公布后将重新计算并告知）" : "";
    }

    private static String orUnstated(String reason) {
        return reason == null || reason.isBlank() ? "审查需要" : reason.strip();
    }

    private static String basisOr(String legalBasis, String fallback) {
        return legalBasis == null || legalBasis.isBlank() ? fallback : legalBasis;
    }
}

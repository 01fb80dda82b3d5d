package org.onewindow.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.onewindow.contracts.catalog.CalendarPublished;
import org.onewindow.contracts.catalog.CentreLevel;
import org.onewindow.contracts.catalog.Channel;
import org.onewindow.contracts.catalog.DepartmentChanged;
import org.onewindow.contracts.catalog.ItemVersionChanged;
import org.onewindow.contracts.catalog.ItemVersionChanged.Delegation;
import org.onewindow.contracts.catalog.ItemVersionChanged.DelegationMode;
import org.onewindow.contracts.catalog.ItemVersionChanged.Fee;
import org.onewindow.contracts.catalog.ItemVersionChanged.ItemStatus;
import org.onewindow.contracts.catalog.ItemVersionChanged.ItemType;
import org.onewindow.contracts.catalog.ItemVersionChanged.Material;
import org.onewindow.contracts.catalog.ItemVersionChanged.ResultType;
import org.onewindow.contracts.catalog.Route;
import org.onewindow.contracts.catalog.RouteMode;
import org.onewindow.contracts.catalog.ServiceCentreChanged;
import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.contracts.intake.ApplicationAccepted.Agent;
import org.onewindow.contracts.intake.ApplicationAccepted.Applicant;
import org.onewindow.contracts.intake.ApplicationAccepted.ApplicantKind;
import org.onewindow.contracts.intake.ApplicationNotAccepted;
import org.onewindow.contracts.intake.OneTimeNoticeIssued;
import org.onewindow.contracts.intake.OneTimeNoticeIssued.MissingMaterial;
import org.onewindow.contracts.intake.OneTimeNoticeIssued.Problem;
import org.onewindow.contracts.intake.DeliveryWarningRaised;
import org.onewindow.contracts.intake.ResultDelivered;
import org.onewindow.contracts.intake.ResultDelivered.DeliveryMethod;
import org.onewindow.contracts.intake.MaterialsUpdated;
import org.onewindow.contracts.intake.SupplementReceived;
import org.onewindow.contracts.intake.SupplementReceived.SuppliedMaterial;
import org.onewindow.contracts.monitor.AlertRaised;
import org.onewindow.contracts.rating.RatingSubmitted;
import org.onewindow.contracts.rating.RatingSubmittedV2;
import org.onewindow.contracts.rating.RectificationOpened;
import org.onewindow.contracts.rating.RectificationOverdue;
import org.onewindow.contracts.rating.RectificationProgressed;
import org.onewindow.contracts.review.DeadlineExtended;
import org.onewindow.contracts.review.DeadlineWarning;
import org.onewindow.contracts.review.DeadlinesRecomputed;
import org.onewindow.contracts.review.LicenceIssued;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.Outcome;
import org.onewindow.contracts.review.PauseKind;
import org.onewindow.contracts.review.ProcedurePaused;
import org.onewindow.contracts.review.ProcedureResumed;
import org.onewindow.contracts.review.ReviewCaseOpened;
import org.onewindow.contracts.review.SupplementRequested;
import org.onewindow.contracts.review.SupplementRequested.RequestedMaterial;
import org.onewindow.contracts.review.TaskCompleted;
import org.onewindow.contracts.supervision.LicenceActionTaken;
import org.onewindow.contracts.supervision.SupervisionRecordClaimed;
import org.onewindow.contracts.supervision.SupervisionRecordEscalated;
import org.onewindow.contracts.supervision.SupervisionRecordPushed;

/** One realistic instance of every event type: the life of one food-business licence case. */
final class EventExamples {

    static final String CASE = "330102-20250311-0042";
    static final String ITEM = "330102-000201-01";
    static final String MASKED_ID = "330102********213X";
    static final UUID TASK_MARKET = UUID.fromString("6f1c2a9e-3d4b-4c1e-9a57-2b8f0d6e1a01");
    static final UUID TASK_HEALTH = UUID.fromString("6f1c2a9e-3d4b-4c1e-9a57-2b8f0d6e1a02");
    static final UUID SUPPLEMENT = UUID.fromString("0b7d5e2c-8f41-4a6b-b3c9-71e2d4a5f603");
    static final UUID RECORD = UUID.fromString("9a3e8c71-52d0-4f6e-8b14-c6d7e2f90a04");
    static final UUID RATING = UUID.fromString("d2c4b6a8-1e3f-4a5b-9c7d-8e0f1a2b3c05");
    static final Route ROUTE = new Route(RouteMode.PARALLEL, true, List.of("SCJGJ", "WJW"));

    private EventExamples() {
    }

    static OffsetDateTime at(String isoLocal) {
        return OffsetDateTime.parse(isoLocal + "+08:00");
    }

    static ItemVersionChanged itemVersionChanged() {
        return new ItemVersionChanged(ITEM, 3, "000201", "11330102000201A001", "食品经营许可（新办）",
                ItemType.ADMINISTRATIVE_LICENSING, "《中华人民共和国食品安全法》第三十五条",
                "SCJGJ", "SCJGJ-XKK", "SCJGJ-ZFJD",
                List.of(new Delegation(CentreLevel.TOWN, DelegationMode.ENTRUSTED, List.of()),
                        new Delegation(CentreLevel.VILLAGE, DelegationMode.PROXY, List.of("330102001001"))),
                List.of("具有与经营的食品品种、数量相适应的经营场所", "有食品安全管理人员"),
                List.of(new Material("M01", "食品经营许可申请书", true, 1, 0, false, "templates/M01.docx"),
                        new Material("M02", "营业执照复印件", true, 0, 1, false, null),
                        new Material("M03", "经营场所平面图", true, 1, 0, true, null)),
                10, 20, false,
                List.of(new Fee("工本费", new BigDecimal("0.00"), "浙价费〔2017〕1号")),
                ROUTE, List.of(Channel.WINDOW, Channel.ONLINE, Channel.VILLAGE_AGENT),
                ResultType.LICENCE, 1, ItemStatus.PUBLISHED,
                LocalDate.of(2025, 1, 1), null, at("2024-12-20T16:05:00"), "catalog-admin-01", "材料目录精简",
                ItemVersionChanged.JointHandling.JOINT, null);
    }

    static ServiceCentreChanged serviceCentreChanged() {
        return new ServiceCentreChanged("330102001", "清波街道便民服务中心", CentreLevel.TOWN, "330102",
                true, at("2024-12-01T09:00:00"));
    }

    static DepartmentChanged departmentChanged() {
        return new DepartmentChanged("SCJGJ", "市场监督管理局", List.of(ITEM, "330102-000305-01"), true,
                at("2024-12-01T09:00:00"));
    }

    static CalendarPublished calendarPublished() {
        return new CalendarPublished(2025, 2,
                List.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 28), LocalDate.of(2025, 1, 29)),
                List.of(LocalDate.of(2025, 1, 26), LocalDate.of(2025, 2, 8)),
                at("2024-11-12T10:00:00"));
    }

    static ApplicationAccepted applicationAccepted() {
        return new ApplicationAccepted(CASE, ITEM, 3, "食品经营许可（新办）", "330102001", Channel.VILLAGE_AGENT,
                new Applicant(ApplicantKind.PERSON, "张三", MASKED_ID, "u-applicant-7"),
                new Agent("u-agent-3", "李四", "MANDATE-2025-0311-09"),
                "u-clerk-12", at("2025-03-11T10:42:17"), LocalDate.of(2025, 3, 11), false, List.of("M03"),
                false, 10, 20, ROUTE, "SCJGJ", "SCJGJ-ZFJD");
    }

    static ApplicationNotAccepted applicationNotAccepted() {
        return new ApplicationNotAccepted("330102-20250311-0043", "330102-000999-01",
                List.of(new ApplicationNotAccepted.Reason("item-not-delegated",
                        "该事项未下放至镇（街道）级，请至市政务服务中心办理")),
                "u-clerk-12", at("2025-03-11T11:02:40"));
    }

    static OneTimeNoticeIssued oneTimeNoticeIssued() {
        return new OneTimeNoticeIssued(CASE, ITEM,
                List.of(new MissingMaterial("M02", "营业执照复印件", Problem.MISSING, null),
                        new MissingMaterial("M01", "食品经营许可申请书", Problem.DEFECTIVE, "缺法定代表人签字")),
                "u-clerk-12", at("2025-03-10T15:20:00"), LocalDate.of(2025, 3, 14), "C-CITY-01", "SCJGJ", "u-applicant-7",
                null);
    }

    static SupplementReceived supplementReceived() {
        return new SupplementReceived(CASE, SUPPLEMENT, List.of(new SuppliedMaterial("M03", "经营场所平面图")),
                "u-applicant-7", at("2025-03-17T09:30:00"));
    }

    static ResultDelivered resultDelivered() {
        return new ResultDelivered(CASE, ITEM, "食品经营许可（新办）", Outcome.APPROVED, "JY13301020012345",
                DeliveryMethod.MAIL, at("2025-03-21T14:00:00"), "330102001", "SCJGJ", "u-applicant-7", "u-agent-3",
                "EA123456785CN", false, LocalDate.of(2025, 4, 3),
                java.util.UUID.fromString("7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d"),
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    }

    static DeliveryWarningRaised deliveryWarningRaised() {
        return new DeliveryWarningRaised(CASE, ITEM, DeliveryWarningRaised.Level.YELLOW, LocalDate.of(2025, 4, 3), false,
                1, LocalDate.of(2025, 4, 2), "330102001", "SCJGJ", "JY13301020012345", at("2025-04-02T00:05:00"));
    }

    static MaterialsUpdated materialsUpdated() {
        return new MaterialsUpdated(CASE, "M03", UUID.fromString("0d7c4f1e-8a2b-4c3d-9e5f-6a7b8c9d0e1f"), 2,
                MaterialsUpdated.ContentType.PDF, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                2_483_911L, MaterialsUpdated.Status.DEFECTIVE, at("2025-03-12T10:05:00"));
    }

    static ReviewCaseOpened reviewCaseOpened() {
        return new ReviewCaseOpened(CASE, ITEM, RouteMode.PARALLEL,
                List.of(new ReviewCaseOpened.Task(TASK_MARKET, "SCJGJ", 1),
                        new ReviewCaseOpened.Task(TASK_HEALTH, "WJW", 1)),
                LocalDate.of(2025, 3, 25), LocalDate.of(2025, 4, 9), at("2025-03-11T10:42:19"));
    }

    static TaskCompleted taskCompleted() {
        return new TaskCompleted(CASE, TASK_MARKET, "SCJGJ", TaskCompleted.Opinion.APPROVE,
                List.of("经营场所符合要求"), "u-reviewer-4", "u-checker-9", at("2025-03-19T16:10:00"));
    }

    static SupplementRequested supplementRequested() {
        return new SupplementRequested(CASE, SUPPLEMENT, TASK_HEALTH,
                List.of(new RequestedMaterial("M03", "经营场所平面图", "需标明操作间面积")),
                "u-reviewer-5", at("2025-03-13T11:00:00"));
    }

    static DecisionMade decisionMade() {
        return new DecisionMade(CASE, ITEM, 3, "食品经营许可（新办）", Outcome.APPROVED, "JY13301020012345",
                LocalDate.of(2025, 3, 20), LocalDate.of(2030, 3, 19), List.of(), at("2025-03-20T10:15:00"),
                "SCJGJ", "SCJGJ-ZFJD", "张三", MASKED_ID,
                List.of("u-reviewer-4", "u-checker-9", "u-reviewer-5", "u-checker-2"), "u-applicant-7",
                LocalDate.of(2025, 4, 3), false);
    }

    static DeadlineWarning deadlineWarning() {
        return new DeadlineWarning(CASE, ITEM, DeadlineWarning.Level.YELLOW, DeadlineWarning.Scope.STEP,
                TASK_HEALTH, "WJW", LocalDate.of(2025, 3, 19), at("2025-03-18T00:05:00"));
    }

    static DeadlineExtended deadlineExtended() {
        return new DeadlineExtended(CASE, ITEM, 10, "需现场核查两处经营场所", "《中华人民共和国行政许可法》第四十二条第一款",
                "u-checker-9", "CHECKER", LocalDate.of(2025, 3, 25), LocalDate.of(2025, 4, 23), false, "u-applicant-7",
                at("2025-03-18T15:00:00"));
    }

    static ProcedurePaused procedurePaused() {
        return new ProcedurePaused(CASE, SUPPLEMENT, PauseKind.EXPERT_REVIEW, "组织专家评审卫生条件",
                "《中华人民共和国行政许可法》第四十五条", LocalDate.of(2025, 3, 14), 5, "u-reviewer-5", "u-applicant-7",
                at("2025-03-14T09:30:00"));
    }

    static ProcedureResumed procedureResumed() {
        return new ProcedureResumed(CASE, SUPPLEMENT, PauseKind.EXPERT_REVIEW, "《中华人民共和国行政许可法》第四十五条",
                LocalDate.of(2025, 3, 14), LocalDate.of(2025, 3, 19), 3, LocalDate.of(2025, 3, 28),
                LocalDate.of(2025, 4, 14), false, at("2025-03-19T17:00:00"));
    }

    static DeadlinesRecomputed deadlinesRecomputed() {
        return new DeadlinesRecomputed(CASE, 2027, LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 5), false,
                List.of(new DeadlinesRecomputed.Step(TASK_HEALTH, "WJW", LocalDate.of(2027, 1, 5), false)), null,
                at("2026-11-30T10:00:00"));
    }

    static SupervisionRecordPushed supervisionRecordPushed() {
        return new SupervisionRecordPushed(RECORD, CASE, ITEM, "JY13301020012345", "SCJGJ-ZFJD",
                at("2025-03-20T10:15:00"), at("2025-03-20T10:15:03"), LocalDate.of(2025, 3, 24));
    }

    static SupervisionRecordClaimed supervisionRecordClaimed() {
        return new SupervisionRecordClaimed(RECORD, CASE, "SCJGJ-ZFJD", "u-supervisor-6", at("2025-03-21T09:12:00"));
    }

    static SupervisionRecordEscalated supervisionRecordEscalated() {
        return new SupervisionRecordEscalated(RECORD, CASE, "SCJGJ-ZFJD", "逾期未认领（认领期限 2025-03-24）",
                at("2025-03-25T00:10:00"));
    }

    static LicenceActionTaken licenceActionTaken() {
        return new LicenceActionTaken(RECORD, CASE, "JY13301020012345", LicenceActionTaken.Action.SUSPEND,
                "双随机抽查发现冷藏设施不达标", "u-supervisor-6", at("2025-06-05T15:40:00"));
    }

    static RatingSubmitted ratingSubmitted() {
        return new RatingSubmitted(RATING, CASE, RatingSubmitted.Stage.COMPLETION,
                RatingSubmitted.Level.DISSATISFIED, true, ITEM, "SCJGJ", "330102001",
                RatingSubmitted.RaterRole.APPLICANT, "邮寄比承诺晚了两天", at("2025-03-24T20:01:00"));
    }

    static RatingSubmittedV2 ratingSubmittedV2() {
        return new RatingSubmittedV2(RATING, CASE, RatingSubmittedV2.Stage.REFUSAL, RatingSubmittedV2.Level.DISSATISFIED,
                true, ITEM, "SCJGJ", "C-CITY-01", RatingSubmittedV2.RaterRole.APPLICANT, "不予受理的理由没有讲清楚",
                at("2025-03-12T09:00:00"));
    }

    static final UUID RECTIFICATION = UUID.fromString("4b1e7c2d-9a3f-4e5b-8c6d-0f1a2b3c4d06");

    static RectificationProgressed rectificationProgressed() {
        return new RectificationProgressed(RECTIFICATION, RATING, CASE, "SCJGJ", RectificationProgressed.Step.VERIFIED,
                RectificationProgressed.Status.VERIFIED, true, "窗口未一次性告知所需材料，情况属实", null,
                LocalDate.of(2025, 4, 15), LocalDate.of(2025, 4, 15), "SUPERVISOR", at("2025-03-27T10:00:00"));
    }

    static RectificationOverdue rectificationOverdue() {
        return new RectificationOverdue(RECTIFICATION, RATING, CASE, "SCJGJ", RectificationProgressed.Status.OPEN,
                LocalDate.of(2025, 4, 1), at("2025-04-02T00:05:00"));
    }

    static RectificationOpened rectificationOpened() {
        return new RectificationOpened(RATING, CASE, "SCJGJ", LocalDate.of(2025, 4, 15), at("2025-03-25T09:00:00"));
    }

    static LicenceIssued licenceIssued() {
        return new LicenceIssued(CASE, "JY13301020012345", ITEM, LocalDate.of(2025, 3, 20), LocalDate.of(2030, 3, 19),
                "review/licences/JY13301020012345.pdf",
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 48_213L, "application/pdf",
                "JY13301020012345.pdf", at("2025-03-20T10:16:00"));
    }

    static AlertRaised alertRaised() {
        return new AlertRaised(UUID.fromString("5b0e3f7a-2c41-5d6e-8f90-a1b2c3d4e5f6"), "CASE_PAST_STATUTORY_DEADLINE",
                "《中华人民共和国行政许可法》第四十二条", CASE, "SCJGJ", "330102001", ITEM,
                "statutory deadline 2025-04-08 passed without a decision", at("2025-04-09T08:00:00"));
    }

    /** Every example, in {@link EventCatalog#ALL} order. */
    static List<DomainEvent> all() {
        return List.of(itemVersionChanged(), serviceCentreChanged(), departmentChanged(), calendarPublished(),
                applicationAccepted(), applicationNotAccepted(), oneTimeNoticeIssued(), supplementReceived(),
                resultDelivered(), deliveryWarningRaised(), materialsUpdated(), reviewCaseOpened(), taskCompleted(), supplementRequested(), decisionMade(),
                deadlineWarning(), deadlineExtended(), procedurePaused(), procedureResumed(), deadlinesRecomputed(),
                licenceIssued(), supervisionRecordPushed(), supervisionRecordClaimed(),
                supervisionRecordEscalated(), licenceActionTaken(), ratingSubmitted(), rectificationOpened(),
                ratingSubmittedV2(), rectificationProgressed(), rectificationOverdue(), alertRaised());
    }
}

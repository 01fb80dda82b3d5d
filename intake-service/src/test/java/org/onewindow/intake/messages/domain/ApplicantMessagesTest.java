package org.onewindow.intake.messages.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.intake.messages.domain.ApplicantMessages.Case;

/** The texts the applicant is told (issue 10, item 6), with the article of the law that says they must be. */
class ApplicantMessagesTest {

    private static final Case CASE = new Case("C-CITY-01-20261204-000001", "食品经营许可");

    @Test
    void an_extension_tells_the_reason_the_days_the_new_date_and_article_42() {
        ApplicantMessage message = ApplicantMessages.deadlineExtended(CASE, "需现场核查经营场所", 10,
                LocalDate.of(2027, 1, 15), false, false, null);

        assertThat(message.kind()).isEqualTo(MessageKind.DEADLINE_EXTENDED);
        assertThat(message.body()).isEqualTo("您申请的“食品经营许可”（办件号 C-CITY-01-20261204-000001）因需现场核查经营场所，"
                + "经本行政机关负责人批准，审查期限延长10个工作日，延长后的法定办结期限为2027年1月15日。");
        assertThat(message.legalBasis()).isEqualTo("《中华人民共和国行政许可法》第四十二条第一款");
        assertThat(message.smsText()).startsWith("【一网通办】").endsWith("（依据：《中华人民共和国行政许可法》第四十二条第一款）");
    }

    @Test
    void a_provisional_extension_says_the_date_will_be_recomputed_and_joint_handling_names_the_government_head() {
        ApplicantMessage message = ApplicantMessages.deadlineExtended(CASE, "联合审查", 15, LocalDate.of(2027, 1, 1),
                true, true, "《中华人民共和国行政许可法》第四十二条第二款");

        assertThat(message.body()).contains("经本级人民政府负责人批准", "2027年1月1日（暂定", "公布后将重新计算");
        assertThat(message.legalBasis()).isEqualTo("《中华人民共和国行政许可法》第四十二条第二款");
    }

    @Test
    void an_extension_without_reason_or_days_still_reads_as_a_sentence() {
        ApplicantMessage message = ApplicantMessages.deadlineExtended(CASE, null, null, null, false, false, "");

        assertThat(message.body()).endsWith("因审查需要，经本行政机关负责人批准，审查期限延长。");
        assertThat(message.legalBasis()).isEqualTo(ApplicantMessages.EXTENSION_BASIS);
    }

    @Test
    void a_pause_tells_the_procedure_the_reason_and_the_expected_time_under_article_45() {
        ApplicantMessage message = ApplicantMessages.procedurePaused(CASE, "APPRAISAL", "设备需委托第三方鉴定", 15,
                LocalDate.of(2026, 12, 10), "《中华人民共和国行政许可法》第四十五条");

        assertThat(message.title()).isEqualTo("特别程序告知：鉴定");
        assertThat(message.body()).endsWith("需要进行鉴定，理由：设备需委托第三方鉴定，自2026年12月10日起，预计需要15个工作日，"
                + "所需时间不计算在审查期限内。");
        assertThat(message.legalBasis()).isEqualTo("《中华人民共和国行政许可法》第四十五条");
    }

    @Test
    void every_pause_kind_of_article_45_has_its_chinese_name_and_an_unknown_one_reads_as_special_procedure() {
        assertThat(List.of("HEARING", "BIDDING", "AUCTION", "INSPECTION", "TESTING", "QUARANTINE", "APPRAISAL",
                "EXPERT_REVIEW").stream().map(ApplicantMessages::pauseKindName))
                .containsExactly("听证", "招标", "拍卖", "检验", "检测", "检疫", "鉴定", "专家评审");
        assertThat(ApplicantMessages.pauseKindName("SITE_VISIT")).isEqualTo("特别程序");
        assertThat(ApplicantMessages.procedurePaused(CASE, "SITE_VISIT", "x", null, null, null).body())
                .contains("需要进行特别程序", "所需时间不计算在审查期限内");
    }

    @Test
    void a_rejection_tells_the_reasons_and_the_right_to_review_or_sue_under_article_38() {
        ApplicantMessage message = ApplicantMessages.decided(CASE, false, null, null, List.of("场所不符合要求"));

        assertThat(message.title()).isEqualTo("不予行政许可决定");
        assertThat(message.body()).contains("理由：场所不符合要求", "依法申请行政复议或者提起行政诉讼");
        assertThat(message.legalBasis()).isEqualTo("《中华人民共和国行政许可法》第三十八条第二款");
    }

    @Test
    void an_approval_names_the_licence_and_the_result_ready_message_the_article_44_due_date() {
        assertThat(ApplicantMessages.decided(CASE, true, "JY-2026-000123", LocalDate.of(2031, 12, 1), List.of()).body())
                .contains("准予行政许可", "证照编号 JY-2026-000123", "有效期至2031年12月1日");
        ApplicantMessage ready = ApplicantMessages.resultReady(CASE, "MAIL", LocalDate.of(2026, 12, 18), false);
        assertThat(ready.body()).contains("将通过邮寄方式送达", "送达期限为2026年12月18日");
        assertThat(ready.legalBasis()).isEqualTo("《中华人民共和国行政许可法》第四十四条");
        assertThat(ApplicantMessages.resultReady(CASE, "WINDOW_PICKUP", null, false).body()).contains("到受理窗口领取");
    }

    @Test
    void the_notice_lists_every_material_at_once_with_its_due_date_under_article_32() {
        ApplicantMessage message = ApplicantMessages.noticeIssued(CASE, List.of("申请书", "营业执照"), LocalDate.of(2026, 12, 18));

        assertThat(message.body()).contains("一次性补正以下材料：申请书、营业执照", "请于2026年12月18日前补正");
        assertThat(message.legalBasis()).isEqualTo("《中华人民共和国行政许可法》第三十二条第一款第（四）项");
    }

    @Test
    void the_rating_invitation_and_the_rectification_outcome_cite_the_state_councils_opinion() {
        assertThat(ApplicantMessages.ratingInvitation(CASE).legalBasis()).contains("国办发〔2019〕51号");
        ApplicantMessage outcome = ApplicantMessages.rectificationOutcome(CASE, "UNFOUNDED");
        assertThat(outcome.kind()).isEqualTo(MessageKind.RECTIFICATION_OUTCOME);
        assertThat(outcome.body()).startsWith("您对申请的“食品经营许可”").contains("经核实，反映的问题不成立");
        assertThat(ApplicantMessages.rectificationOutcome(CASE, "RECTIFIED").body()).contains("已核实并整改完毕");
    }

    @Test
    void a_supplement_request_names_the_materials_and_has_no_article_to_cite() {
        ApplicantMessage message = ApplicantMessages.supplementRequested(CASE, List.of("场所平面图"));

        assertThat(message.body()).contains("场所平面图", "补正期间审查期限暂停计算");
        assertThat(message.legalBasis()).isNull();
        assertThat(message.smsText()).doesNotContain("依据");
    }

    @Test
    void a_recomputation_tells_the_old_and_new_dates_the_reason_and_article_82() {
        ApplicantMessages.Deadlines before = new ApplicantMessages.Deadlines(LocalDate.of(2026, 12, 18),
                LocalDate.of(2027, 1, 1), true, null, false);
        ApplicantMessages.Deadlines after = new ApplicantMessages.Deadlines(LocalDate.of(2026, 12, 18),
                LocalDate.of(2027, 1, 4), false, null, false);

        ApplicantMessage message = ApplicantMessages.deadlinesRecomputed(CASE, 2027, before, after);

        assertThat(message.kind()).isEqualTo(MessageKind.DEADLINES_RECOMPUTED);
        assertThat(message.body()).isEqualTo("因国务院办公厅公布了2027年部分节假日安排，按法定工作日重新计算，"
                + "您申请的“食品经营许可”（办件号 C-CITY-01-20261204-000001）的法定办结期限由2027年1月1日调整为2027年1月4日。");
        assertThat(message.legalBasis()).isEqualTo("《中华人民共和国行政许可法》第八十二条");
    }

    @Test
    void a_provisional_date_confirmed_unchanged_is_told_as_confirmed_and_what_stays_provisional_says_so() {
        ApplicantMessages.Deadlines before = new ApplicantMessages.Deadlines(null, LocalDate.of(2027, 1, 8), true,
                LocalDate.of(2028, 1, 5), true);
        ApplicantMessages.Deadlines after = new ApplicantMessages.Deadlines(null, LocalDate.of(2027, 1, 8), false,
                LocalDate.of(2028, 1, 5), true);

        ApplicantMessage message = ApplicantMessages.deadlinesRecomputed(CASE, 2027, before, after);

        assertThat(message.body()).contains("法定办结期限2027年1月8日经确认不变").doesNotContain("证照送达期限")
                .contains("（暂定");
    }

    @Test
    void the_delivery_message_names_the_method_and_its_reference() {
        LocalDate on = LocalDate.of(2026, 12, 30);
        assertThat(ApplicantMessages.resultDelivered(CASE, "MAIL", "EA123456785CN", null, on).body())
                .contains("2026年12月30日通过中国邮政EMS寄出", "邮件号 EA123456785CN");
        assertThat(ApplicantMessages.resultDelivered(CASE, "ELECTRONIC", null, "JY-2026-000123", on).body())
                .contains("电子证照（证照编号 JY-2026-000123）", "同等法律效力");
        ApplicantMessage pickedUp = ApplicantMessages.resultDelivered(CASE, "WINDOW_PICKUP", null, null, on);
        assertThat(pickedUp.title()).isEqualTo("办理结果已领取");
        assertThat(pickedUp.body()).contains("在受理窗口领取");
        assertThat(pickedUp.kind()).isEqualTo(MessageKind.RESULT_DELIVERED);
        assertThat(pickedUp.legalBasis()).isEqualTo("《中华人民共和国行政许可法》第四十四条");
    }

    @Test
    void the_licence_message_names_the_licence_number_and_where_to_download_it() {
        ApplicantMessage issued = ApplicantMessages.licenceIssued(CASE, "JY-2026-000123");
        assertThat(issued.kind()).isEqualTo(MessageKind.LICENCE_ISSUED);
        assertThat(issued.title()).isEqualTo("电子证照已签发");
        assertThat(issued.body()).contains("证照编号 JY-2026-000123", "下载");
    }
}

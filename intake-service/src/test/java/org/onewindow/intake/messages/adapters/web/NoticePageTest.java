package org.onewindow.intake.messages.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.intake.messages.application.WrittenNotices.Notice;
import org.onewindow.intake.messages.domain.MessageKind;

class NoticePageTest {

    @Test
    void every_text_on_the_printable_notice_is_escaped_and_the_date_is_chinas() {
        Notice notice = new Notice("e-1:DEADLINE_EXTENDED", MessageKind.DEADLINE_EXTENDED, "行政许可期限延长告知书",
                "C-CITY-01-20261204-000001", "食品<经营>许可", "审查期限延长告知", "因<script>alert(1)</script>需核查",
                "《中华人民共和国行政许可法》第四十二条第一款", OffsetDateTime.parse("2026-12-31T17:00:00Z"));

        String page = NoticeController.render("C-CITY-01-20261204-000001", List.of(notice));

        assertThat(page).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;", "食品&lt;经营&gt;许可",
                "<h1>行政许可期限延长告知书</h1>", "依据：《中华人民共和国行政许可法》第四十二条第一款",
                "2027年1月1日"); // 17:00 UTC on 31 December is 1 January in Beijing
    }

    @Test
    void a_case_without_notices_says_so() {
        assertThat(NoticeController.render("C-CITY-01-20261204-000001", List.of())).contains("暂无延期或特别程序告知书");
    }
}

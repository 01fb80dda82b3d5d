package org.onewindow.intake.messages.adapters.web;

import static org.onewindow.platform.web.html.HtmlText.escape;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.onewindow.intake.applications.application.ApplicationService;
import org.onewindow.intake.applications.application.CaseScopes;
import org.onewindow.intake.applications.domain.ActingUser;
import org.onewindow.intake.applications.domain.Application;
import org.onewindow.intake.messages.application.WrittenNotices;
import org.onewindow.intake.messages.application.WrittenNotices.Notice;
import org.onewindow.platform.clock.ChinaTime;
import org.onewindow.platform.security.CurrentActor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * 告知书 of a case (extension, special procedure) as JSON and as a printable page, for whoever may read the case
 * ({@code application.read}: the applicant, their agent, the staff of its scope); another case is a 404. The
 * platform's security headers (CSP without scripts, nosniff, no-store for a credentialed read) apply to both.
 */
@RestController
public record NoticeController(ApplicationService applications, CaseScopes scopes, CurrentActor actors,
                               WrittenNotices notices) {

    private static final MediaType HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    @GetMapping("/api/intake/v1/applications/{caseNumber}/notices")
    public List<Notice> json(@PathVariable String caseNumber) {
        return noticesOf(caseNumber);
    }

    @GetMapping("/api/intake/v1/applications/{caseNumber}/notices.html")
    public ResponseEntity<String> html(@PathVariable String caseNumber) {
        return ResponseEntity.ok().contentType(HTML_UTF8).body(render(caseNumber, noticesOf(caseNumber)));
    }

    private List<Notice> noticesOf(String caseNumber) {
        Application application = applications.find(caseNumber, ActingUser.of(actors.current()), scopes.of("read"))
                .application();
        return notices.of(application.caseNumber().value(), application.item().name());
    }

    /** One printable page: each notice on its own sheet (page-break), every text escaped. */
    static String render(String caseNumber, List<Notice> notices) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .append(escape("告知书 " + caseNumber)).append("</title><style>")
                .append("body{font-family:serif;max-width:42em;margin:2em auto;line-height:1.8}")
                .append("section{page-break-after:always;margin-bottom:4em}h1{text-align:center;font-size:1.5em}")
                .append(".basis,.seal{text-align:right}</style></head><body>");
        if (notices.isEmpty()) {
            page.append("<p>本办件暂无延期或特别程序告知书。</p>");
        }
        for (Notice n : notices) {
            page.append("<section><h1>").append(escape(n.document())).append("</h1>")
                    .append("<p>办件号：").append(escape(n.caseNumber())).append("<br>事项：").append(escape(n.itemName()))
                    .append("</p><p>申请人：</p><p>").append(escape(n.body())).append("</p>");
            if (n.legalBasis() != null) {
                page.append("<p class=\"basis\">依据：").append(escape(n.legalBasis())).append("</p>");
            }
            page.append("<p class=\"seal\">（行政机关印章）<br>")
                    .append(escape(DAY.format(n.issuedAt().atZoneSameInstant(ChinaTime.ZONE)))).append("</p></section>");
        }
        return page.append("</body></html>").toString();
    }
}

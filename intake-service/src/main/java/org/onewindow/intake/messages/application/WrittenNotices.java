package org.onewindow.intake.messages.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.onewindow.intake.messages.domain.MessageKind;

/**
 * 告知书: the written notices the law requires for a case's extension (Art. 42: the reason told) and special
 * procedure (Art. 45: the time needed told in writing). Each is the message the applicant was told, so the notice
 * and the message box never say different things.
 */
public record WrittenNotices(MessageStore store) {

    static final Set<MessageKind> WRITTEN = Set.of(MessageKind.DEADLINE_EXTENDED, MessageKind.PROCEDURE_PAUSED);

    /**
     * @param noticeId the message it was told as
     * @param document the notice's name: 延期告知书 or 特别程序告知书
     */
    public record Notice(String noticeId, MessageKind kind, String document, String caseNumber, String itemName,
                         String title, String body, String legalBasis, OffsetDateTime issuedAt) {
    }

    /** The case's notices, oldest first; the caller checked that the case is visible to whoever asks. */
    public List<Notice> of(String caseNumber, String itemName) {
        return store.ofCase(caseNumber, WRITTEN).stream()
                .map(m -> new Notice(m.messageId(), m.kind(), m.kind() == MessageKind.DEADLINE_EXTENDED
                        ? "行政许可期限延长告知书" : "行政许可特别程序告知书", m.caseNumber(), itemName, m.title(), m.body(),
                        m.legalBasis(), m.createdAt()))
                .toList();
    }
}

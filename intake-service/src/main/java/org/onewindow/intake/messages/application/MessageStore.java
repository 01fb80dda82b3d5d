package org.onewindow.intake.messages.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.onewindow.intake.messages.domain.MessageKind;

import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;

/** The message box's table. */
public interface MessageStore {

    /** Stores the message unless one with its id exists; true when it was new. */
    boolean add(StoredMessage message);

    /**
     * Newest first: the applicant's own ({@code applicantUserId}) and those of the cases an agent filed
     * ({@code agentUserId}); a null user id matches nothing.
     */
    PageResult<StoredMessage> of(String applicantUserId, String agentUserId, String caseNumber, PageQuery page);

    Optional<StoredMessage> find(String messageId);

    /** A case's messages of these kinds, oldest first (the written notices). */
    List<StoredMessage> ofCase(String caseNumber, Set<MessageKind> kinds);

    /** Sets {@code readAt} if unset; the stored message afterwards. */
    Optional<StoredMessage> markRead(String messageId, OffsetDateTime at);
}

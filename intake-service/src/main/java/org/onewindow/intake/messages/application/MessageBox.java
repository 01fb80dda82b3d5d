package org.onewindow.intake.messages.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;

import org.onewindow.intake.messages.domain.ApplicantMessage;
import org.onewindow.platform.clock.ChinaTime;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.security.policy.Scope;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 站内信: each step the applicant must be told of becomes one message, once (keyed by the step's event), and goes
 * out through the {@link NotificationChannel} when the applicant gave a phone number.
 */
public record MessageBox(MessageStore store, NotificationChannel channel, Clock clock) {

    private static final Logger log = LoggerFactory.getLogger(MessageBox.class);

    /** The configured channel's name ({@code onewindow.intake.notifications.channel}). */
    public String channelName() {
        return channel.name();
    }

    /** Stores and sends {@code message} unless {@code messageId} was told already (a redelivered event). */
    public void tell(String messageId, Recipient to, ApplicantMessage message) {
        boolean added = store.add(new StoredMessage(messageId, to.caseNumber(), to.applicantUserId(), to.agentUserId(),
                message.kind(), message.title(), message.body(), message.legalBasis(), now(), null));
        if (!added) {
            log.debug("message {} was told already", messageId);
            return;
        }
        if (to.phone() != null && !to.phone().isBlank()) {
            channel.send(new Notification(messageId, to.caseNumber(), to.phone(), message.smsText()));
        }
    }

    /**
     * The caller's messages: an applicant's own (scope {@code own}) and an agent's for the cases they filed
     * ({@code own-filed}); a caller with neither scope reads none.
     */
    public PageResult<StoredMessage> read(Set<Scope> scopes, String userId, String caseNumber, PageQuery page) {
        return store.of(scopes.contains(Scope.OWN) ? userId : null, scopes.contains(Scope.OWN_FILED) ? userId : null,
                caseNumber, page);
    }

    /** Marks one of the caller's messages read; another's answers the 404 of an unknown message. */
    public StoredMessage markRead(Set<Scope> scopes, String userId, String messageId) {
        StoredMessage message = store.find(messageId)
                .filter(m -> scopes.contains(Scope.OWN) && userId.equals(m.applicantUserId())
                        || scopes.contains(Scope.OWN_FILED) && userId.equals(m.agentUserId()))
                .orElseThrow(() -> new NotFound("message", messageId));
        return store.markRead(message.messageId(), now()).orElse(message);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).atZoneSameInstant(ChinaTime.ZONE).toOffsetDateTime();
    }
}

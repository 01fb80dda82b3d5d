package org.onewindow.intake.messages.adapters.web;

import java.util.List;

import org.onewindow.intake.messages.adapters.persistence.RecordingNotificationChannel;
import org.onewindow.intake.messages.adapters.persistence.RecordingNotificationChannel.Recorded;
import org.onewindow.intake.messages.application.MessageBox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * OPS: what the recording notification channel would have sent (phone numbers masked). With a provider configured
 * the list is empty: the provider's own console shows what it sent.
 */
@RestController
public record NotificationOutboxController(MessageBox messages,
                                           ObjectProvider<RecordingNotificationChannel> recording) {

    /** @param channel the configured {@code onewindow.intake.notifications.channel} */
    public record Outbox(String channel, List<Recorded> recorded) {
    }

    @GetMapping("/api/intake/v1/notifications/outbox")
    public Outbox outbox(@RequestParam(name = "case", required = false) String caseNumber,
                         @RequestParam(defaultValue = "50") int limit) {
        int bounded = Math.clamp(limit, 1, 200);
        RecordingNotificationChannel recorder = recording.getIfAvailable();
        boolean recorded = recorder != null && RecordingNotificationChannel.NAME.equals(messages.channelName());
        return new Outbox(messages.channelName(), !recorded ? List.of() : recorder.recent(caseNumber, bounded));
    }
}

package org.onewindow.intake.messages.adapters.web;

import org.onewindow.intake.messages.application.MessageBox;
import org.onewindow.intake.messages.application.StoredMessage;
import org.onewindow.platform.security.CurrentAccess;
import org.onewindow.platform.security.CurrentActor;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 站内信: the applicant's messages (scope {@code own}) and an agent's for the cases they filed ({@code own-filed}),
 * newest first; {@code case} narrows to one case.
 */
@RestController
public record MessageController(MessageBox messages, CurrentAccess access, CurrentActor actors) {

    static final String RESOURCE = "message";

    @GetMapping("/api/intake/v1/messages")
    public PageResult<StoredMessage> list(@RequestParam(name = "case", required = false) String caseNumber,
                                          PageQuery page) {
        return messages.read(access.scopes(RESOURCE, "read"), actors.current().userId(), caseNumber, page);
    }

    /** Marks one of the caller's messages read (repeating it changes nothing); another's is a 404. */
    @PostMapping("/api/intake/v1/messages/{messageId}/read")
    public StoredMessage markRead(@PathVariable String messageId) {
        return messages.markRead(access.scopes(RESOURCE, "mark-read"), actors.current().userId(), messageId);
    }
}

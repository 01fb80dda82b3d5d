package org.onewindow.contracts.monitor;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.onewindow.contracts.CaseEvent;
import org.onewindow.contracts.EventFields;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * 电子监察: monitor-service found a case breaking one of its rules. Raised once per case and rule: {@code alertId}
 * is a name-based UUID (version 5) of rule and case number, so a replay of the streams raises the same id again
 * and a consumer that already has it ignores it.
 *
 * @param alertId        UUID v5 of {@code "<rule>:<caseNumber>"} in monitor's namespace
 * @param rule           the rule's code, e.g. {@code CASE_PAST_STATUTORY_DEADLINE} (docs/monitor.md lists them)
 * @param source         the legal or policy source of the rule (e.g. 《行政许可法》第四十二条)
 * @param department     the department the alert concerns (implementing or supervising), when known
 * @param centreCode     the service centre of the case, when known
 * @param itemCode       the item of the case, when known
 * @param detail         what was found, without personal data
 * @param raisedAt       when monitor-service raised it
 */
@EventType(name = "monitor.AlertRaised", version = 1, stream = Stream.MONITOR_ALERTS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlertRaised(
        UUID alertId,
        String rule,
        String source,
        String caseNumber,
        @Nullable String department,
        @Nullable String centreCode,
        @Nullable String itemCode,
        String detail,
        OffsetDateTime raisedAt) implements CaseEvent {

    public AlertRaised {
        EventFields.requireKey(caseNumber, "caseNumber");
    }
}

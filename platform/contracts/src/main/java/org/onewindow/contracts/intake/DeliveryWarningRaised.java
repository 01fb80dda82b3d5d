package org.onewindow.contracts.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;
import org.onewindow.contracts.CaseEvent;
import org.onewindow.contracts.EventFields;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * 电子监察 of delivery (Art. 44 行政许可法: the licence is issued and served within 10 working days of the decision):
 * a decided result not yet delivered came near its due date (YELLOW, on the same threshold as review's case
 * warnings) or passed it (RED). Raised once per level per case, for monitors and dashboards; the applicant is not
 * messaged by it.
 *
 * @param licenceIssueDueBy the Art. 44 due date the warning is about
 * @param provisional       true when that date counts days of a year whose calendar is not published yet
 * @param workingDaysLeft   working days from {@code raisedOn} to the due date (0 on the day, negative once overdue)
 * @param raisedOn          the working-day date (Asia/Shanghai) the level was found
 */
@EventType(name = "intake.DeliveryWarningRaised", version = 1, stream = Stream.INTAKE_APPLICATIONS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeliveryWarningRaised(
        String caseNumber,
        String itemCode,
        Level level,
        LocalDate licenceIssueDueBy,
        boolean provisional,
        int workingDaysLeft,
        LocalDate raisedOn,
        String centreCode,
        String implementingDepartment,
        @Nullable String licenceNumber,
        OffsetDateTime raisedAt) implements CaseEvent {

    public DeliveryWarningRaised {
        EventFields.requireKey(caseNumber, "caseNumber");
    }

    public enum Level {
        /** 黄灯: due within the warning threshold (the due day included) */
        YELLOW,
        /** 红灯: the due date has passed and the result is still not delivered */
        RED
    }
}

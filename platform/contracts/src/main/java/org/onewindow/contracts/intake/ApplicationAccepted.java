package org.onewindow.contracts.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onewindow.contracts.CaseEvent;
import org.onewindow.contracts.EventFields;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.Stream;
import org.onewindow.contracts.catalog.Channel;
import org.onewindow.contracts.catalog.Route;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An application was accepted (受理); the legal clock starts on {@code acceptedOn}. Carries the item
 * version's facts as they were at acceptance, so review needs no call back to the catalog and a later
 * catalog change does not alter the case.
 *
 * @param itemVersion       the item version the case is handled under, for its whole life
 * @param agent             the village agent (代办) who applied for the applicant; null when the applicant applied
 * @param acceptedBy        user id of the clerk, or {@code system} for an online or deemed acceptance
 * @param acceptedOn        acceptance day in Asia/Shanghai; day 0 of the time limits
 * @param deemed            逾期视为受理: the front desk missed the 5-day one-time notice, so the case counts as
 *                          accepted from the day it arrived
 * @param deferredMaterials material codes still owed under 容缺受理
 * @param immediate         即办件
 * @param route             snapshot of the version's route
 */
@EventType(name = "intake.ApplicationAccepted", version = 1, stream = Stream.INTAKE_APPLICATIONS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApplicationAccepted(
        String caseNumber,
        String itemCode,
        int itemVersion,
        String itemName,
        String centreCode,
        Channel channel,
        Applicant applicant,
        @Nullable Agent agent,
        String acceptedBy,
        OffsetDateTime acceptedAt,
        LocalDate acceptedOn,
        boolean deemed,
        List<String> deferredMaterials,
        boolean immediate,
        int promisedLimitDays,
        int statutoryLimitDays,
        Route route,
        String implementingDepartment,
        String supervisingDepartment) implements CaseEvent {

    public ApplicationAccepted {
        EventFields.requireKey(caseNumber, "caseNumber");
        deferredMaterials = EventFields.list(deferredMaterials);
    }

    public enum ApplicantKind {
        /** 自然人 */
        PERSON,
        /** 法人或其他组织 */
        ORGANISATION
    }

    /**
     * 申请人.
     *
     * @param maskedIdNumber resident ID (GB 11643) or USCC (GB 32100), masked: never the full number
     * @param userId         the applicant's account, who may rate the case (好差评)
     */
    public record Applicant(ApplicantKind kind, String name, String maskedIdNumber, String userId) {

        public Applicant {
            EventFields.requireMasked(maskedIdNumber, "applicant.maskedIdNumber");
        }
    }

    /**
     * 代办员 acting for the applicant.
     *
     * @param mandateId the recorded mandate (委托书) under which the agent acts
     */
    public record Agent(String userId, String name, String mandateId) {
    }
}

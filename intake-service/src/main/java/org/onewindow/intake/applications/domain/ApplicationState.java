package org.onewindow.intake.applications.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.onewindow.intake.catalog.domain.Channel;
import org.onewindow.intake.catalog.domain.ItemVersion;
import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.kernel.CentreCode;

/**
 * The whole stored state of an {@link Application}, as the store reads it back ({@link Application#restore}). Built
 * with {@link #builder()} so a reader (and a test fixture) names every field it sets; unset lists are empty.
 */
public record ApplicationState(CaseNumber caseNumber, ItemVersion item, CentreCode centreCode, Channel channel,
                               Applicant applicant, Agent agent, DeliveryPreference deliveryPreference,
                               List<SubmittedMaterial> materials, OffsetDateTime submittedAt, String queryCodeHash,
                               ApplicationStatus status, OffsetDateTime acceptedAt, boolean deemed, List<String> deferred,
                               List<MissingMaterial> notice, LocalDate noticeDueOn, List<Reason> refusalReasons,
                               OffsetDateTime refusedAt, SupplementRequest supplementRequest, LocalDate promisedDeadline,
                               LocalDate statutoryDeadline, Decision decision, LicenceStatus licenceStatus,
                               Delivery delivery, long version) {

    public ApplicationState {
        materials = materials == null ? List.of() : List.copyOf(materials);
        deferred = deferred == null ? List.of() : List.copyOf(deferred);
        notice = notice == null ? List.of() : List.copyOf(notice);
        refusalReasons = refusalReasons == null ? List.of() : List.copyOf(refusalReasons);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fills an {@link ApplicationState} field by field. */
    public static final class Builder {
        private CaseNumber caseNumber;
        private ItemVersion item;
        private CentreCode centreCode;
        private Channel channel;
        private Applicant applicant;
        private Agent agent;
        private DeliveryPreference deliveryPreference;
        private List<SubmittedMaterial> materials;
        private OffsetDateTime submittedAt;
        private String queryCodeHash;
        private ApplicationStatus status;
        private OffsetDateTime acceptedAt;
        private boolean deemed;
        private List<String> deferred;
        private List<MissingMaterial> notice;
        private LocalDate noticeDueOn;
        private List<Reason> refusalReasons;
        private OffsetDateTime refusedAt;
        private SupplementRequest supplementRequest;
        private LocalDate promisedDeadline;
        private LocalDate statutoryDeadline;
        private Decision decision;
        private LicenceStatus licenceStatus;
        private Delivery delivery;
        private long version;

        private Builder() {
        }

        public Builder caseNumber(CaseNumber value) { caseNumber = value; return this; }
        public Builder item(ItemVersion value) { item = value; return this; }
        public Builder centreCode(CentreCode value) { centreCode = value; return this; }
        public Builder channel(Channel value) { channel = value; return this; }
        public Builder applicant(Applicant value) { applicant = value; return this; }
        public Builder agent(Agent value) { agent = value; return this; }
        public Builder deliveryPreference(DeliveryPreference value) { deliveryPreference = value; return this; }
        public Builder materials(List<SubmittedMaterial> value) { materials = value; return this; }
        public Builder submittedAt(OffsetDateTime value) { submittedAt = value; return this; }
        public Builder queryCodeHash(String value) { queryCodeHash = value; return this; }
        public Builder status(ApplicationStatus value) { status = value; return this; }
        public Builder acceptedAt(OffsetDateTime value) { acceptedAt = value; return this; }
        public Builder deemed(boolean value) { deemed = value; return this; }
        public Builder deferred(List<String> value) { deferred = value; return this; }
        public Builder notice(List<MissingMaterial> value) { notice = value; return this; }
        public Builder noticeDueOn(LocalDate value) { noticeDueOn = value; return this; }
        public Builder refusalReasons(List<Reason> value) { refusalReasons = value; return this; }
        public Builder refusedAt(OffsetDateTime value) { refusedAt = value; return this; }
        public Builder supplementRequest(SupplementRequest value) { supplementRequest = value; return this; }
        public Builder promisedDeadline(LocalDate value) { promisedDeadline = value; return this; }
        public Builder statutoryDeadline(LocalDate value) { statutoryDeadline = value; return this; }
        public Builder decision(Decision value) { decision = value; return this; }
        public Builder licenceStatus(LicenceStatus value) { licenceStatus = value; return this; }
        public Builder delivery(Delivery value) { delivery = value; return this; }
        public Builder version(long value) { version = value; return this; }

        public ApplicationState build() {
            return new ApplicationState(caseNumber, item, centreCode, channel, applicant, agent, deliveryPreference, materials,
                    submittedAt, queryCodeHash, status, acceptedAt, deemed, deferred, notice, noticeDueOn, refusalReasons,
                    refusedAt, supplementRequest, promisedDeadline, statutoryDeadline, decision, licenceStatus, delivery,
                    version);
        }
    }
}

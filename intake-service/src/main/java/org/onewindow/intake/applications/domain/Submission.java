package org.onewindow.intake.applications.domain;

import java.util.List;

import org.onewindow.intake.catalog.domain.Channel;

/**
 * What the front desk received, before any check. {@code centreCode} and {@code channel} may be null: they are
 * taken from the clerk's or agent's token and role.
 *
 * @param applicantUserId the applicant's account for window and agent submissions (optional)
 */
public record Submission(String itemCode, String centreCode, Channel channel, ApplicantKind applicantKind,
                         String applicantName, String idNumber, String phone, List<SubmittedMaterial> materials,
                         DeliveryPreference delivery, Mandate mandate, String applicantUserId) {

    public Submission {
        materials = materials == null ? List.of() : List.copyOf(materials);
    }

    @Override
    public String toString() {
        return "Submission[" + itemCode + " at " + centreCode + " via " + channel + "]";
    }
}

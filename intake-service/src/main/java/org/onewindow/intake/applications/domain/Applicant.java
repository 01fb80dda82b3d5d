package org.onewindow.intake.applications.domain;

/**
 * 申请人. {@code idNumber} is the verified resident ID (GB 11643) or USCC (GB 32100): personal data kept only in
 * intake's own table; everything that leaves intake uses {@code maskedIdNumber}.
 *
 * @param userId the applicant's account (who may track and rate the case)
 */
public record Applicant(ApplicantKind kind, String name, String idNumber, String maskedIdNumber, String phone, String userId) {

    @Override
    public String toString() {
        return "Applicant[" + kind + ", " + name + ", " + maskedIdNumber + "]";
    }
}

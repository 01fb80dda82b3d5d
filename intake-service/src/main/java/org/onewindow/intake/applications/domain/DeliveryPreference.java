package org.onewindow.intake.applications.domain;

/** How the applicant wants the result (窗口领取, 邮寄, 送证上门); an address for mail and door delivery. */
public record DeliveryPreference(DeliveryMethod method, String address) {
}

package org.onewindow.review.cases.domain;

/** One material the applicant must supply or correct (补正材料). */
public record SupplementMaterial(String code, String name, String note) {
}

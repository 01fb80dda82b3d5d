package org.onewindow.intake.applications.domain;

/** One material as handed in: provided or not, and whether the clerk found it defective (incomplete, illegible, expired). */
public record SubmittedMaterial(String code, boolean provided, boolean defective, String note) {

    public boolean usable() {
        return provided && !defective;
    }
}

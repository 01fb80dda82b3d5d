package org.onewindow.intake.applications.domain;

/**
 * One line of a one-time notice (一次性告知).
 *
 * @param materialCode the material's code in the item version
 */
public record MissingMaterial(String materialCode, String name, Problem problem, String note) {

    public enum Problem {
        MISSING,
        /** present but incomplete, illegible, expired or in the wrong form */
        DEFECTIVE
    }
}

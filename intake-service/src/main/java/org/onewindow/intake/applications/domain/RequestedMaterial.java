package org.onewindow.intake.applications.domain;

/** A material a review department asked for (补正), with its note on what is wrong. */
public record RequestedMaterial(String code, String name, String note) {
}

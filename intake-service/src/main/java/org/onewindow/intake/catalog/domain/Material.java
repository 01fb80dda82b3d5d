package org.onewindow.intake.catalog.domain;

/**
 * 申请材料 of an item version.
 *
 * @param deferrable  may be supplied after acceptance (容缺受理)
 * @param templateRef the blank form or sample, if the catalog offers one
 */
public record Material(String code, String name, boolean required, int originalCount, int copyCount,
                       boolean deferrable, String templateRef) {
}

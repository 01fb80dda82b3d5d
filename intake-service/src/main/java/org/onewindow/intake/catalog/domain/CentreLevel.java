package org.onewindow.intake.catalog.domain;

/** The three levels of service centres (市镇村三级联动). */
public enum CentreLevel {
    /** 市 */
    CITY,
    /** 镇 (乡、街道) */
    TOWN,
    /** 村 (社区) */
    VILLAGE
}

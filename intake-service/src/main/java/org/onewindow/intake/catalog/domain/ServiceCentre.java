package org.onewindow.intake.catalog.domain;

/**
 * A service centre (政务服务中心 / 便民服务站) as the catalog last announced it.
 *
 * @param active false once closed: a closed centre accepts no application
 */
public record ServiceCentre(String code, String name, CentreLevel level, String parentCode, boolean active) {
}

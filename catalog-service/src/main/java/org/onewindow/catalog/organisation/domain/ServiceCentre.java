package org.onewindow.catalog.organisation.domain;

/** A service centre (政务服务中心 / 便民服务站) at one level; {@code parent} is null for the city centre. */
public record ServiceCentre(String code, String name, Level level, String parent) {
}

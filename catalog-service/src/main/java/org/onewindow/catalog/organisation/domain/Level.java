package org.onewindow.catalog.organisation.domain;

/** Level of a service centre (三级联动): 市 / 镇(乡、街道) / 村(社区). */
public enum Level {
    CITY, TOWN, VILLAGE
}

package org.onewindow.catalog.guides.adapters.web;

import java.util.List;

import org.onewindow.catalog.items.adapters.web.ItemDefinition;
import org.onewindow.catalog.items.domain.ItemVersion;

/** 办事指南: what a citizen needs to know to apply, from the version in force, and where to apply. */
public record Guide(String itemCode, int version, String status, ItemDefinition item, List<Place> whereToApply,
                    Departments departments) {

    /** Names of the departments the item names by code: a citizen reads 市场监督管理局, not MARKET. */
    public record Departments(String implementing, String supervising) {
    }

    /** A centre that accepts the item, and on what footing (own level, 下放, 代办, ...). */
    public record Place(String centre, String name, String level, String basis) {
    }

    static Guide of(ItemVersion v, List<Place> places, Departments departments) {
        return new Guide(v.itemCode(), v.number(), v.status().name(), ItemDefinition.of(v.definition()), places,
                departments);
    }
}

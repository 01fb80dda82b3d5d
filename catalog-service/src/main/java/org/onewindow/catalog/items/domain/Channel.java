package org.onewindow.catalog.items.domain;

/** Where an item can be applied for: 窗口, 一网通办, 掌上办, 村代办. */
public enum Channel {
    WINDOW("窗口办理"),
    ONLINE("网上办理"),
    MOBILE("掌上办理"),
    VILLAGE_AGENT("村（社区）代办");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

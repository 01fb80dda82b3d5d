package org.onewindow.catalog.items.domain;

/** How a city power reaches a town or village centre: 下放 / 委托 / 延伸 / 代办. */
public enum DelegationKind {
    DELEGATED("下放"),
    ENTRUSTED("委托"),
    EXTENDED("延伸"),
    PROXY("代办");

    private final String label;

    DelegationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.onewindow.catalog.items.domain;

/** Kind of power (事项类型) as the national implementation list names it; same names as on the wire. */
public enum ItemType {
    ADMINISTRATIVE_LICENSING("行政许可"),
    ADMINISTRATIVE_CONFIRMATION("行政确认"),
    ADMINISTRATIVE_PAYMENT("行政给付"),
    PUBLIC_SERVICE("公共服务"),
    OTHER("其他行政权力");

    private final String label;

    ItemType(String label) {
        this.label = label;
    }

    /** The Chinese name shown to citizens. */
    public String label() {
        return label;
    }
}

package org.onewindow.platform.kernel;

/** 事项 code: an item of the catalog. */
public final class ItemCode extends CheckedValue {

    private ItemCode(String value) {
        super(Identifier.check("ItemCode", value));
    }

    public static ItemCode of(String value) {
        return new ItemCode(value);
    }
}

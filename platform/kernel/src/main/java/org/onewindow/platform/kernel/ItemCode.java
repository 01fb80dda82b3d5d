package org.onewindow.platform.kernel;

/** 事项 code: an item of the catalog. */
public record ItemCode(String value) {

    public ItemCode {
        Identifier.check("ItemCode", value);
    }

    public static ItemCode of(String value) {
        return new ItemCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

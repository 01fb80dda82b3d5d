package org.onewindow.catalog.items.domain;


/**
 * One material (申请材料) of an item: how many originals (原件) and copies (复印件), whether it may be
 * supplied after acceptance (容缺受理), and the blank form or sample (空白表格) if there is one.
 */
public record Material(String code,
                       String name, boolean required, int originalCount,
                       int copyCount, boolean deferrable, String templateRef) {
}

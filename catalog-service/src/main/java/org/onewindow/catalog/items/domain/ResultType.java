package org.onewindow.catalog.items.domain;

/** 办理结果类型. */
public enum ResultType {
    LICENCE("许可证"),
    CERTIFICATE("证书"),
    APPROVAL_DOCUMENT("批准文书"),
    OTHER("其他");

    private final String label;

    ResultType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

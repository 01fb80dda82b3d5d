package org.onewindow.platform.kernel;

/** 政务服务中心 code: the service centre a case was registered at. */
public record CentreCode(String value) {

    public CentreCode {
        Identifier.check("CentreCode", value);
    }

    public static CentreCode of(String value) {
        return new CentreCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

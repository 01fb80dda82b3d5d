package org.onewindow.platform.kernel;

/** 政务服务中心 code: the service centre a case was registered at. */
public final class CentreCode extends CheckedValue {

    private CentreCode(String value) {
        super(Identifier.check("CentreCode", value));
    }

    public static CentreCode of(String value) {
        return new CentreCode(value);
    }
}

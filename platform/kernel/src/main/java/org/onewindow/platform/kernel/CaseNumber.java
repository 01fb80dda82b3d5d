package org.onewindow.platform.kernel;

/** 办件编号 (case number): the key of a case in every service and on every stream, e.g. 330100-20260105-000123. */
public final class CaseNumber extends CheckedValue {

    private CaseNumber(String value) {
        super(Identifier.check("CaseNumber", value));
    }

    public static CaseNumber of(String value) {
        return new CaseNumber(value);
    }
}

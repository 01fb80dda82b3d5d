package org.onewindow.platform.kernel;

/** 部门 code: the department that reviews, decides or is rated. */
public final class DepartmentCode extends CheckedValue {

    private DepartmentCode(String value) {
        super(Identifier.check("DepartmentCode", value));
    }

    public static DepartmentCode of(String value) {
        return new DepartmentCode(value);
    }
}

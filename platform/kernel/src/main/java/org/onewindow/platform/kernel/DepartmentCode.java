package org.onewindow.platform.kernel;

/** 部门 code: the department that reviews, decides or is rated. */
public record DepartmentCode(String value) {

    public DepartmentCode {
        Identifier.check("DepartmentCode", value);
    }

    public static DepartmentCode of(String value) {
        return new DepartmentCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

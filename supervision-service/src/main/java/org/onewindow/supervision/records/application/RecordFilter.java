package org.onewindow.supervision.records.application;

import java.util.Set;

import org.onewindow.supervision.records.domain.RecordStatus;

/**
 * Optional criteria of the record list; null means "any". {@code withinDepartments}: the caller's scope, the
 * supervising departments the list may hold at all (null: not narrowed; empty: nothing).
 */
public record RecordFilter(String department, RecordStatus status, String caseNumber, Set<String> withinDepartments) {

    public RecordFilter(String department, RecordStatus status, String caseNumber) {
        this(department, status, caseNumber, null);
    }

    public RecordFilter within(RecordScope scope) {
        return new RecordFilter(department, status, caseNumber, scope.narrowing().orElse(null));
    }
}

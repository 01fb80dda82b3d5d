package org.onewindow.supervision.records.application;

import org.onewindow.supervision.records.domain.RecordStatus;

/** Optional criteria of the record list; null means "any". */
public record RecordFilter(String department, RecordStatus status, String caseNumber) {
}

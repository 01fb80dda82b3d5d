package org.onewindow.supervision.records;

/** Optional criteria of the record list; null means "any". */
public record RecordFilter(String department, RecordStatus status, String caseNumber) {
}

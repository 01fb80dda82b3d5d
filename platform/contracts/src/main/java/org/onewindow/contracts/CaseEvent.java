package org.onewindow.contracts;

/**
 * An event about one case: its case number is its {@linkplain #subject() subject}, the record key that keeps all
 * events of the case in order on every stream. The catalog's events (items, centres, departments, calendars) are
 * keyed otherwise and implement {@link DomainEvent} themselves.
 */
public interface CaseEvent extends DomainEvent {

    /** 办件编号, e.g. {@code 330102-20250311-0042}. */
    String caseNumber();

    @Override
    default String subject() {
        return caseNumber();
    }
}

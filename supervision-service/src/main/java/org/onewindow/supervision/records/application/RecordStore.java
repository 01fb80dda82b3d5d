package org.onewindow.supervision.records.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.onewindow.platform.commands.AggregateStore;
import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.onewindow.supervision.records.domain.Inspection;
import org.onewindow.supervision.records.domain.LicenceAction;
import org.onewindow.supervision.records.domain.SupervisionRecord;

/**
 * Supervision records with their licence actions and inspections: saved by the command path only
 * ({@link AggregateStore}), read by the queries below.
 */
public interface RecordStore extends AggregateStore<UUID, SupervisionRecord> {

    /** The record with its version, not locked (a GET's body and ETag). */
    Optional<SupervisionRecord> find(UUID id);

    boolean existsForCase(CaseNumber caseNumber);

    /** Deterministic order: push time, then id. */
    PageResult<SupervisionRecord> page(RecordFilter filter, PageQuery page);

    /** Ids of PUSHED records whose claim deadline lies before {@code today}, oldest deadline first. */
    List<UUID> overdueUnclaimed(LocalDate today);

    /** In the order taken. */
    List<LicenceAction> actions(UUID recordId);

    /** In the order recorded. */
    List<Inspection> inspections(UUID recordId);
}

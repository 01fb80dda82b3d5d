package org.onewindow.supervision.draws.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.onewindow.platform.commands.AggregateStore;
import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.onewindow.supervision.draws.domain.Draw;

/** Recorded draws (inserted by the command path only) and what a new draw is drawn from. */
public interface DrawStore extends AggregateStore<UUID, Draw> {

    /** Ids of the department's CLAIMED records whose licence is not revoked. */
    List<String> candidates(DepartmentCode department);

    Optional<Draw> find(UUID id);

    /** Newest first, then id; {@code department} null means every department. */
    PageResult<Draw> page(String department, PageQuery page);
}

package org.onewindow.catalog.items.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.onewindow.catalog.items.domain.ServiceItem;
import org.onewindow.catalog.items.domain.VersionStatus;
import org.onewindow.platform.kernel.ItemCode;

/** What the catalog reads about items outside the command path (implemented by the persistence adapter). */
public interface ItemReads {

    /** One row of a search result: the item as its current version describes it. */
    record ItemSummary(String itemCode, String name, VersionStatus status, Integer currentVersion, int latestVersion,
                       List<String> departments, List<String> channels) {
    }

    /** Search criteria; null means "any". */
    record Criteria(String text, String code, String department, String level, String channel, String status) {
    }

    /** The item and its version from one read (a GET's body and ETag agree). */
    Optional<ServiceItem> find(ItemCode code);

    boolean exists(ItemCode code);

    /** Codes of the items whose SCHEDULED version takes effect on or before {@code today}. */
    List<ItemCode> scheduledDue(LocalDate today);

    List<ItemSummary> search(Criteria criteria, long offset, int limit);

    long count(Criteria criteria);

    /** Published items a centre may accept: its own level's and those delegated to its level or to it. */
    List<ItemSummary> acceptableAt(String centre, String level, long offset, int limit);

    long countAcceptableAt(String centre, String level);
}

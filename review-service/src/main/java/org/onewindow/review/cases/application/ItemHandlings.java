package org.onewindow.review.cases.application;

import java.util.Optional;

import org.onewindow.review.cases.domain.JointHandling;

/**
 * Review's replica of what it takes from the catalog's item versions ({@code catalog.ItemVersionChanged}): whether a
 * version is handled jointly (统一办理/联合办理/集中办理), which sets the extension's limit and approver.
 */
public interface ItemHandlings {

    /** Records one published version as the catalog announced it (a replayed event rewrites the same row). */
    void record(String itemCode, int itemVersion, JointHandling jointHandling, String specialLaw);

    /**
     * The joint handling of that version; when the version was never seen, the latest version seen of the item (the
     * compacted stream keeps only the latest); empty when the item is handled by one department or unknown.
     */
    Optional<JointHandling> jointHandling(String itemCode, int itemVersion);
}

package org.onewindow.catalog.items.domain;

/**
 * What an item's commands tell the rest of the suite (internal: the messaging adapter maps it to the contract
 * event). Only the version in force travels; drafts and scheduled versions never do.
 */
public sealed interface ItemEvent {

    /**
     * The version in force changed (published, took effect, suspended, resumed, revoked): {@code version} is its
     * full state after the change, {@code by} the change that made it so.
     */
    record VersionInForceChanged(ItemVersion version, ChangeAction action, Authorship by) implements ItemEvent {
    }
}

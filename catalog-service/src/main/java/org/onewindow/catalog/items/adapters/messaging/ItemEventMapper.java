package org.onewindow.catalog.items.adapters.messaging;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.onewindow.catalog.items.domain.Authorship;
import org.onewindow.catalog.items.domain.ItemDefinition;
import org.onewindow.catalog.items.domain.ItemEvent;
import org.onewindow.catalog.items.domain.ItemVersion;
import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.catalog.CentreLevel;
import org.onewindow.contracts.catalog.ItemVersionChanged;
import org.onewindow.platform.commands.ContractMapper;

/** Turns the version in force into the full-state event of the compacted {@code catalog.items} stream. */
public final class ItemEventMapper implements ContractMapper<ItemEvent> {

    @Override
    public List<DomainEvent> toContracts(ItemEvent event) {
        return switch (event) {
            case ItemEvent.VersionInForceChanged changed ->
                    toEvent(changed.version(), changed.by()).<DomainEvent>map(e -> e).stream().toList();
        };
    }

    /** Empty for a draft or superseded version: only the version in force travels. */
    static Optional<ItemVersionChanged> toEvent(ItemVersion v, Authorship change) {
        ItemVersionChanged.ItemStatus status = switch (v.status()) {
            case PUBLISHED -> ItemVersionChanged.ItemStatus.PUBLISHED;
            case SUSPENDED -> ItemVersionChanged.ItemStatus.SUSPENDED;
            case REVOKED -> ItemVersionChanged.ItemStatus.REVOKED;
            case DRAFT, SCHEDULED, SUPERSEDED -> null;
        };
        if (status == null) {
            return Optional.empty();
        }
        ItemDefinition d = v.definition();
        return Optional.of(new ItemVersionChanged(v.itemCode(), v.number(), d.basicCode(), d.implementationCode(),
                d.name(), ItemVersionChanged.ItemType.valueOf(d.type().name()), d.legalBasis(),
                d.implementingDepartment(), d.handlingUnit(), d.supervisingDepartment(),
                d.delegations().stream().map(g -> new ItemVersionChanged.Delegation(CentreLevel.valueOf(g.level().name()),
                        ItemVersionChanged.DelegationMode.valueOf(g.kind().name()), g.centres())).toList(),
                d.acceptanceConditions(),
                d.materials().stream().map(m -> new ItemVersionChanged.Material(m.code(), m.name(), m.required(),
                        m.originalCount(), m.copyCount(), m.deferrable(), m.templateRef())).toList(),
                d.promisedLimit(), d.statutoryLimit(), d.immediate(),
                d.fees().stream().map(f -> new ItemVersionChanged.Fee(f.name(), f.amount(), f.legalBasis())).toList(),
                new org.onewindow.contracts.catalog.Route(
                        org.onewindow.contracts.catalog.RouteMode.valueOf(d.route().mode().name()),
                        d.route().twoPersonReview(), d.route().departments()),
                d.channels().stream().sorted().map(c -> org.onewindow.contracts.catalog.Channel.valueOf(c.name())).toList(),
                ItemVersionChanged.ResultType.valueOf(d.resultType().name()), d.visitsRequired(), status,
                v.effectiveFrom(), v.effectiveUntil(), change.at().atOffset(ZoneOffset.UTC), change.actor().userId(),
                change.reason(), d.jointHandling() == null ? null
                        : ItemVersionChanged.JointHandling.valueOf(d.jointHandling().name()), d.specialLaw()));
    }
}

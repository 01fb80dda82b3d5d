package org.onewindow.intake.catalog.domain;

import java.util.List;

/**
 * What intake needs of one item version (实施清单): status, where and through which channels it may be applied
 * for, its materials, limits and route. An application keeps the version it was submitted under.
 */
public record ItemVersion(
        String itemCode,
        int version,
        String name,
        ItemStatus status,
        String implementingDepartment,
        String supervisingDepartment,
        List<Delegation> delegations,
        List<Material> materials,
        int promisedLimitDays,
        int statutoryLimitDays,
        boolean immediate,
        Route route,
        List<Channel> channels) {

    public ItemVersion {
        delegations = List.copyOf(delegations);
        materials = List.copyOf(materials);
        channels = List.copyOf(channels);
    }

    public boolean published() {
        return status == ItemStatus.PUBLISHED;
    }

    public boolean allows(Channel channel) {
        return channels.contains(channel);
    }

    /**
     * City centres hold the power itself; a town or village centre only where the item is delegated (下放, 委托,
     * 延伸, 代办) to its level and, when the delegation names centres, to that centre.
     */
    public boolean offeredAt(ServiceCentre centre) {
        if (centre.level() == CentreLevel.CITY) {
            return true;
        }
        return delegations.stream().anyMatch(d -> d.level() == centre.level() && d.mode() != DelegationMode.NONE
                && (d.centres().isEmpty() || d.centres().contains(centre.code())));
    }
}

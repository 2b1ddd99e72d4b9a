package org.eveseat.domain.universe.model;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.TypeId;

/**
 * An inventory type of the static data: its group and category (ids and names), volume in m3 (and packaged, for
 * ships and containers, where it differs), market group (null if not sold on the market) and whether it is
 * published in game.
 */
public record StaticType(TypeId id, String name, long groupId, String groupName, long categoryId,
                         String categoryName, double volume, Double packagedVolume, Long marketGroupId,
                         boolean published) {
    public StaticType {
        Require.present(id, "type id");
        Require.present(name, "type name");
    }

    /** The volume it takes in a cargo hold: packaged if it packs smaller. */
    public double cargoVolume() {
        return packagedVolume == null ? volume : packagedVolume;
    }
}

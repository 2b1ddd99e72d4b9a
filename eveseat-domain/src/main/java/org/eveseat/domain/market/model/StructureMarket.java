package org.eveseat.domain.market.model;

import java.time.Instant;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;

/**
 * A player structure whose market is kept, and how its last read went: its name and place as ESI gave them (null
 * until a character with docking access read them), the character that read it, when, until when ESI caches it,
 * how many open orders are stored, and why the last read did not store anything ({@code detail}).
 */
public record StructureMarket(long structureId, String name, SolarSystemId systemId, RegionId regionId,
                              StructureAccess access, CharacterId via, Instant fetchedAt, Instant expiresAt,
                              long orderCount, String detail) {
    /** Player structures have ids of 1,000,000,000,000 and above; NPC stations and systems lie far below. */
    public static final long FIRST_STRUCTURE_ID = 1_000_000_000_000L;

    public StructureMarket {
        Require.between(structureId, FIRST_STRUCTURE_ID, Long.MAX_VALUE, "structure id");
        Require.present(access, "access");
        Require.notNegative(orderCount, "order count");
    }

    public static StructureMarket pending(long structureId) {
        return new StructureMarket(structureId, null, null, null, StructureAccess.PENDING, null, null, null, 0, null);
    }

    public static boolean isStructure(long locationId) {
        return locationId >= FIRST_STRUCTURE_ID;
    }

    /** The same structure after a read that stored nothing new: the orders and place stay. */
    public StructureMarket withState(StructureAccess state, CharacterId character, String why) {
        return new StructureMarket(structureId, name, systemId, regionId, state, character, fetchedAt, expiresAt,
                orderCount, why);
    }

    /** Whether orders of this structure are stored, so that a book can be read there. */
    public boolean stored() {
        return fetchedAt != null && systemId != null && regionId != null;
    }
}

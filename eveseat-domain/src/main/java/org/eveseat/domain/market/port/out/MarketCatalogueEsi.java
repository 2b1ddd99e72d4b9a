package org.eveseat.domain.market.port.out;

import java.util.List;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.market.model.StructureOrder;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;

/**
 * What is traded where: the market group ids, the types with orders in a region, and the order book of a player
 * structure's market, read with the token of a character allowed to dock there. Paged listings come back whole.
 */
public interface MarketCatalogueEsi {
    EsiResult<List<Long>> groupIds();

    EsiResult<List<TypeId>> regionTypes(RegionId regionId);

    EsiResult<List<StructureOrder>> structureOrders(long structureId, CharacterId characterId, AccessToken token);
}

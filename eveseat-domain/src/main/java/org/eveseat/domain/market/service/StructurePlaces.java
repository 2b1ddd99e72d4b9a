package org.eveseat.domain.market.service;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.market.model.StructureMarket;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.DomainException;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.universe.model.MapSystem;
import org.eveseat.domain.universe.model.UpwellStructure;
import org.eveseat.domain.universe.port.out.StaticData;
import org.eveseat.domain.universe.port.out.UniverseCatalogueEsi;

/**
 * A structure's name, system and region, read once through ESI ({@code GET /universe/structures/{id}}) with the
 * token of the character that reads its market. A structure named before keeps its name (ESI answers a read
 * before its expiry with nothing); a refused or failed read leaves it unnamed for the next sync to try.
 */
final class StructurePlaces {
    private final UniverseCatalogueEsi universe;
    private final StaticData staticData;

    StructurePlaces(UniverseCatalogueEsi universe, StaticData staticData) {
        this.universe = universe;
        this.staticData = staticData;
    }

    StructureMarket place(StructureMarket market, CharacterId character, AccessToken token) {
        if (market.name() != null && market.systemId() != null && market.regionId() != null) {
            return market;
        }
        try {
            if (universe.structure(market.structureId(), character, token)
                    instanceof EsiResult.Fresh<UpwellStructure> fresh) {
                UpwellStructure structure = fresh.value();
                return new StructureMarket(market.structureId(), structure.name(), structure.systemId(),
                        staticData.universe().system(structure.systemId()).map(MapSystem::regionId).orElse(null),
                        market.access(), market.via(), market.fetchedAt(), market.expiresAt(), market.orderCount(),
                        market.detail());
            }
        } catch (DomainException refused) {
            // unnamed until a character that may read the structure reads it
        }
        return market;
    }
}

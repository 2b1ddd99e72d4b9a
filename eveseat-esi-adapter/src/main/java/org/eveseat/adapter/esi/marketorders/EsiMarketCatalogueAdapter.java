package org.eveseat.adapter.esi.marketorders;

import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiRequest;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.EsiTable;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.market.model.StructureOrder;
import org.eveseat.domain.market.port.out.MarketCatalogueEsi;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;

/**
 * The market catalogue over ESI: the market group ids (cached until the daily downtime), the types traded in a
 * region and a structure's order book (both X-Pages, walked whole). A structure's market needs the token of a
 * character who may dock there, so its cache entry and budget are the character's. No rate-limit group applies.
 */
@ApplicationScoped
public class EsiMarketCatalogueAdapter implements MarketCatalogueEsi {
    private EsiTable esi;

    protected EsiMarketCatalogueAdapter() {
    }

    @Inject
    public EsiMarketCatalogueAdapter(EsiSettings settings, EsiGateway esi) {
        this.esi = new EsiTable(esi, settings);
    }

    @Override
    public EsiResult<List<Long>> groupIds() {
        return esi.read(EsiRequest.of("GET /markets/groups"), EsiJson.list(Long.class, Function.identity()));
    }

    @Override
    public EsiResult<List<TypeId>> regionTypes(RegionId regionId) {
        return esi.readPages(EsiRequest.of("GET /markets/{region_id}/types").with("region_id", regionId),
                EsiJson.list(Long.class, TypeId::new));
    }

    @Override
    public EsiResult<List<StructureOrder>> structureOrders(long structureId, CharacterId characterId,
                                                           AccessToken token) {
        return esi.readPages(EsiRequest.of("GET /markets/structures/{structure_id}").with("structure_id", structureId)
                .token(token, characterId), EsiJson.list(StructureOrderDto.class, MarketOrdersMapper::toStructureOrder));
    }
}

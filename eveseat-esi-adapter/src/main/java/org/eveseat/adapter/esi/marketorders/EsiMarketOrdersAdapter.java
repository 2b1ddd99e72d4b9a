package org.eveseat.adapter.esi.marketorders;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiRequest;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.EsiTable;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.market.model.CharacterOrder;
import org.eveseat.domain.market.model.ClosedCorporationOrder;
import org.eveseat.domain.market.model.CorporationOrder;
import org.eveseat.domain.market.port.out.MarketOrdersEsi;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;

/**
 * A character's and a corporation's market orders over ESI: the character's open orders (one page), the
 * character's order history and the corporation's open orders and history (X-Pages, walked whole; ESI refuses
 * the corporation's without the Accountant or Trader role). None of these routes has a rate-limit group, so only the
 * error limit applies; the character reads are charged to the character, the corporation's to the corporation.
 */
@ApplicationScoped
public class EsiMarketOrdersAdapter implements MarketOrdersEsi {
    private EsiTable esi;

    protected EsiMarketOrdersAdapter() {
    }

    @Inject
    public EsiMarketOrdersAdapter(EsiSettings settings, EsiGateway esi) {
        this.esi = new EsiTable(esi, settings);
    }

    @Override
    public EsiResult<List<CharacterOrder>> characterOrders(CharacterId characterId, AccessToken token) {
        return esi.read(EsiRequest.of("GET /characters/{character_id}/orders").with("character_id", characterId)
                .token(token), EsiJson.list(OwnOrderDto.class, MarketOrdersMapper::toCharacterOrder));
    }

    @Override
    public EsiResult<List<CharacterOrder>> characterOrderHistory(CharacterId characterId, AccessToken token) {
        return esi.readPages(EsiRequest.of("GET /characters/{character_id}/orders/history")
                        .with("character_id", characterId).token(token),
                EsiJson.list(OwnOrderDto.class, MarketOrdersMapper::toCharacterOrder));
    }

    @Override
    public EsiResult<List<CorporationOrder>> corporationOrders(CorporationId corporationId, AccessToken token) {
        return esi.readPages(EsiRequest.of("GET /corporations/{corporation_id}/orders")
                        .with("corporation_id", corporationId).token(token),
                EsiJson.list(OwnOrderDto.class, MarketOrdersMapper::toCorporationOrder));
    }

    @Override
    public EsiResult<List<ClosedCorporationOrder>> corporationOrderHistory(CorporationId corporationId,
                                                                         AccessToken token) {
        return esi.readPages(EsiRequest.of("GET /corporations/{corporation_id}/orders/history")
                        .with("corporation_id", corporationId).token(token),
                EsiJson.list(OwnOrderDto.class, MarketOrdersMapper::toClosedCorporationOrder));
    }
}

package org.eveseat.adapter.esi.marketorders;

import static org.eveseat.adapter.esi.common.EsiJson.bearer;

import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiOperation;
import org.eveseat.adapter.esi.common.EsiRequest;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.EsiTable;
import org.eveseat.adapter.esi.common.RateLimitGroup;
import org.eveseat.adapter.esi.common.RestClients;
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
    static final String GROUP = RateLimitGroup.NONE;

    private EsiMarketOrdersClient client;
    private EsiGateway esi;
    private EsiTable table;

    protected EsiMarketOrdersAdapter() {
    }

    @Inject
    public EsiMarketOrdersAdapter(EsiSettings settings, EsiGateway esi) {
        this.client = RestClients.build(EsiMarketOrdersClient.class, settings.baseUrl(), settings);
        this.esi = esi;
        this.table = new EsiTable(esi, settings);
    }

    @Override
    public EsiResult<List<CharacterOrder>> characterOrders(CharacterId characterId, AccessToken token) {
        var op = EsiOperation.authed("/characters/" + characterId + "/orders", GROUP, characterId);
        return esi.read(op, etag -> client.characterOrders(characterId.value(), bearer(token), etag),
                EsiJson.list(OwnOrderDto.class, MarketOrdersMapper::toCharacterOrder));
    }

    @Override
    public EsiResult<List<CharacterOrder>> characterOrderHistory(CharacterId characterId, AccessToken token) {
        return pages(EsiOperation.authed("/characters/" + characterId + "/orders/history", GROUP, characterId),
                characterId.value(), client::characterOrderHistory, token, MarketOrdersMapper::toCharacterOrder);
    }

    @Override
    public EsiResult<List<CorporationOrder>> corporationOrders(CorporationId corporationId, AccessToken token) {
        return pages(EsiOperation.corporation("/corporations/" + corporationId + "/orders", GROUP, corporationId),
                corporationId.value(), client::corporationOrders, token, MarketOrdersMapper::toCorporationOrder);
    }

    /** An operation of the ESI table: the spec gives its roles, paging and cache time. */
    @Override
    public EsiResult<List<ClosedCorporationOrder>> corporationOrderHistory(CorporationId corporationId,
                                                                         AccessToken token) {
        var history = EsiRequest.of("GET /corporations/{corporation_id}/orders/history")
                .with("corporation_id", corporationId).token(token);
        return table.readPages(history, EsiJson.list(OwnOrderDto.class, MarketOrdersMapper::toClosedCorporationOrder));
    }

    private <T> EsiResult<List<T>> pages(EsiOperation op, long ownerId, PagedOrders call, AccessToken token,
                                         Function<OwnOrderDto, T> toDomain) {
        return esi.readPages(op, (page, etag) -> call.page(ownerId, page, bearer(token), etag),
                EsiJson.list(OwnOrderDto.class, toDomain));
    }

    /** A paged order listing of the client, by owner id. */
    @FunctionalInterface
    private interface PagedOrders {
        Response page(long ownerId, int page, String authorization, String etag);
    }
}

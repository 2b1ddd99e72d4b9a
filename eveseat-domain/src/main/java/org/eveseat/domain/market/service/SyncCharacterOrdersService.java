package org.eveseat.domain.market.service;

import java.time.Clock;
import java.util.List;

import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.event.port.out.AlertLog;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.market.model.CharacterOrder;
import org.eveseat.domain.market.model.OrderOwner;
import org.eveseat.domain.market.model.OwnOrder;
import org.eveseat.domain.market.port.in.SyncCharacterOrdersUseCase;
import org.eveseat.domain.market.port.out.MarketBook;
import org.eveseat.domain.market.port.out.MarketOrdersEsi;
import org.eveseat.domain.market.port.out.OwnOrderRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.universe.port.out.StaticData;

/**
 * Syncs a character's orders: the open list first (an order missing from it is announced as closed), then the
 * history, which stores how it closed. The open list drives the schedule: ESI caches it 20 minutes, the history an
 * hour, and the gateway asks for each only when it expired.
 */
public class SyncCharacterOrdersService implements SyncCharacterOrdersUseCase {
    private final MarketOrdersEsi esi;
    private final OwnOrderRepository orders;
    private final OwnOrderSync sync;

    public SyncCharacterOrdersService(AccessTokenQuery tokens, MarketOrdersEsi esi, OwnOrderRepository orders,
                                      MarketBook book, StaticData staticData, AlertLog alerts, EventPublisher events,
                                      Clock clock) {
        this.esi = esi;
        this.orders = orders;
        this.sync = new OwnOrderSync(tokens, orders, book, staticData, alerts, events, clock);
    }

    @Override
    public SyncOutcome sync(CharacterId characterId) {
        OrderOwner owner = OrderOwner.of(characterId);
        return sync.run(characterId, token -> {
            SyncOutcome open = sync.storeOpen(owner, () -> esi.characterOrders(characterId, token),
                    o -> OwnOrder.of(owner, o));
            if (esi.characterOrderHistory(characterId, token) instanceof EsiResult.Fresh<List<CharacterOrder>> h) {
                orders.saveClosed(owner, h.value().stream().map(o -> OwnOrder.of(owner, o))
                        .filter(o -> !o.open()).toList());
            }
            return open;
        });
    }
}

package org.eveseat.domain.market.service;

import java.time.Clock;

import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.event.port.out.AlertLog;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.market.model.OrderOwner;
import org.eveseat.domain.market.model.OwnOrder;
import org.eveseat.domain.market.port.in.SyncCorporationOrdersUseCase;
import org.eveseat.domain.market.port.out.MarketBook;
import org.eveseat.domain.market.port.out.MarketOrdersEsi;
import org.eveseat.domain.market.port.out.OwnOrderRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.universe.port.out.StaticData;

/**
 * Syncs a corporation's open orders with a member's token. ESI checks the member's roles (Accountant or Trader)
 * itself; its 403 comes back as a FAILED outcome naming the refusal, which the schedule shows.
 */
public class SyncCorporationOrdersService implements SyncCorporationOrdersUseCase {
    private final MarketOrdersEsi esi;
    private final OwnOrderSync sync;

    public SyncCorporationOrdersService(AccessTokenQuery tokens, MarketOrdersEsi esi, OwnOrderRepository orders,
                                        MarketBook book, StaticData staticData, AlertLog alerts,
                                        EventPublisher events, Clock clock) {
        this.esi = esi;
        this.sync = new OwnOrderSync(tokens, orders, book, staticData, alerts, events, clock);
    }

    @Override
    public SyncOutcome sync(CorporationId corporationId, CharacterId via) {
        OrderOwner owner = OrderOwner.of(corporationId);
        return sync.run(via, token -> sync.storeOpen(owner, () -> esi.corporationOrders(corporationId, token),
                o -> OwnOrder.of(owner, o)));
    }
}

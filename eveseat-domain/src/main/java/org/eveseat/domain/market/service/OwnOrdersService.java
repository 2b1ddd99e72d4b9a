package org.eveseat.domain.market.service;

import java.util.List;
import java.util.Map;

import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.corporation.port.in.CorporationRolesQuery;
import org.eveseat.domain.market.model.MarketRoles;
import org.eveseat.domain.market.model.OrderOwner;
import org.eveseat.domain.market.model.OrderPosition;
import org.eveseat.domain.market.model.OwnOrder;
import org.eveseat.domain.market.model.OwnOrderView;
import org.eveseat.domain.market.port.in.OwnOrdersQuery;
import org.eveseat.domain.market.port.out.MarketBook;
import org.eveseat.domain.market.port.out.OwnOrderRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.universe.port.out.StaticData;

/**
 * Reads stored own orders after the wallet's access rule: a character's for its owner, a corporation's for the
 * roles of {@link MarketRoles#CORPORATION_ORDERS} (admins always). Open orders are placed in the current stored book at each read, so their position is as fresh as it.
 */
public class OwnOrdersService implements OwnOrdersQuery {
    private final CharacterVisibilityQuery characters;
    private final CorporationRolesQuery corporations;
    private final OwnOrderRepository orders;
    private final OrderPositions positions;
    private final OrderNames names;

    public OwnOrdersService(CharacterVisibilityQuery characters, CorporationRolesQuery corporations,
                            OwnOrderRepository orders, MarketBook book, StaticData staticData) {
        this.characters = characters;
        this.corporations = corporations;
        this.orders = orders;
        this.positions = new OrderPositions(book);
        this.names = new OrderNames(staticData);
    }

    @Override
    public List<OwnOrderView> characterOrders(Viewer viewer, CharacterId characterId, boolean open) {
        characters.requireVisible(viewer, characterId);
        return views(OrderOwner.of(characterId), open);
    }

    @Override
    public List<OwnOrderView> corporationOrders(Viewer viewer, CorporationId corporationId, boolean open) {
        if (!corporations.holdsAny(viewer, corporationId, MarketRoles.CORPORATION_ORDERS)) {
            throw new NotFoundException("corporation " + corporationId + " not found");
        }
        return views(OrderOwner.of(corporationId), open);
    }

    private List<OwnOrderView> views(OrderOwner owner, boolean open) {
        List<OwnOrder> stored = orders.list(owner, open);
        Map<Long, OrderPosition> placed = open ? positions.of(stored) : Map.of();
        return stored.stream().map(order -> names.view(order, placed.get(order.orderId()))).toList();
    }
}

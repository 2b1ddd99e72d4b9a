package org.eveseat.domain.market.port.in;

import java.util.List;

import org.eveseat.domain.market.model.OwnOrderView;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Viewer;

/**
 * The stored market orders of a character (its owner and admins) or a corporation (its Directors, Accountants and
 * Traders, and admins), open ones with their position in the book; anyone else gets a NotFound.
 */
public interface OwnOrdersQuery {
    List<OwnOrderView> characterOrders(Viewer viewer, CharacterId characterId, boolean open);

    List<OwnOrderView> corporationOrders(Viewer viewer, CorporationId corporationId, boolean open);
}

package org.eveseat.domain.market.port.out;

import java.util.List;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.market.model.CharacterOrder;
import org.eveseat.domain.market.model.ClosedCorporationOrder;
import org.eveseat.domain.market.model.CorporationOrder;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;

/**
 * The market orders of a character and of a corporation (open ones, and the cancelled and expired ones of the
 * last 90 days; a corporation's (the token's character needs the Accountant or Trader role). Paged listings come
 * back whole.
 */
public interface MarketOrdersEsi {
    EsiResult<List<CharacterOrder>> characterOrders(CharacterId characterId, AccessToken token);

    EsiResult<List<CharacterOrder>> characterOrderHistory(CharacterId characterId, AccessToken token);

    EsiResult<List<CorporationOrder>> corporationOrders(CorporationId corporationId, AccessToken token);

    /** The corporation's cancelled and expired orders of the last 90 days (same roles as its open orders). */
    EsiResult<List<ClosedCorporationOrder>> corporationOrderHistory(CorporationId corporationId, AccessToken token);
}

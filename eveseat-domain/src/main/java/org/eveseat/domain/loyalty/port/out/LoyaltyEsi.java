package org.eveseat.domain.loyalty.port.out;

import java.util.List;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.loyalty.model.LoyaltyOffer;
import org.eveseat.domain.loyalty.model.LoyaltyPoints;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;

/** Loyalty points on ESI: what a character holds with each corporation, and what a corporation's store sells. */
public interface LoyaltyEsi {
    EsiResult<List<LoyaltyPoints>> points(CharacterId characterId, AccessToken token);

    EsiResult<List<LoyaltyOffer>> offers(CorporationId corporationId);
}

package org.eveseat.adapter.esi.loyalty;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.dto.CharactersCharacterIdLoyaltyPoints;
import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiRequest;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.EsiTable;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.loyalty.model.LoyaltyOffer;
import org.eveseat.domain.loyalty.model.LoyaltyPoints;
import org.eveseat.domain.loyalty.port.out.LoyaltyEsi;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;

/**
 * A character's loyalty points and the offers of an NPC corporation's store. Points count against the wallet
 * group; the stores are public, refreshed daily, and in no rate-limit group.
 */
@ApplicationScoped
public class EsiLoyaltyAdapter implements LoyaltyEsi {
    private EsiTable esi;

    protected EsiLoyaltyAdapter() {
    }

    @Inject
    public EsiLoyaltyAdapter(EsiSettings settings, EsiGateway esi) {
        this.esi = new EsiTable(esi, settings);
    }

    @Override
    public EsiResult<List<LoyaltyPoints>> points(CharacterId characterId, AccessToken token) {
        return esi.read(EsiRequest.of("GET /characters/{character_id}/loyalty/points")
                        .with("character_id", characterId).token(token),
                EsiJson.list(CharactersCharacterIdLoyaltyPoints.class, LoyaltyMapper::toDomain));
    }

    @Override
    public EsiResult<List<LoyaltyOffer>> offers(CorporationId corporationId) {
        return esi.read(EsiRequest.of("GET /loyalty/stores/{corporation_id}/offers").with("corporation_id", corporationId),
                EsiJson.list(LoyaltyOfferDto.class, LoyaltyMapper::toDomain));
    }
}

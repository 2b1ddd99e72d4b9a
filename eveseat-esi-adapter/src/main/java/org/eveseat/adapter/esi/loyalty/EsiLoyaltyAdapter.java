package org.eveseat.adapter.esi.loyalty;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiOperation;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.RateLimitGroup;
import org.eveseat.adapter.esi.common.RestClients;
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
    static final String POINTS_GROUP = "char-wallet";

    private EsiLoyaltyClient client;
    private EsiGateway esi;

    protected EsiLoyaltyAdapter() {
    }

    @Inject
    public EsiLoyaltyAdapter(EsiSettings settings, EsiGateway esi) {
        this.client = RestClients.build(EsiLoyaltyClient.class, settings.baseUrl(), settings);
        this.esi = esi;
    }

    @Override
    public EsiResult<List<LoyaltyPoints>> points(CharacterId characterId, AccessToken token) {
        var op = EsiOperation.authed("/characters/" + characterId + "/loyalty/points", POINTS_GROUP, characterId);
        return esi.read(op, etag -> client.points(characterId.value(), EsiJson.bearer(token), etag),
                EsiJson.list(LoyaltyPointsDto.class, LoyaltyMapper::toDomain));
    }

    @Override
    public EsiResult<List<LoyaltyOffer>> offers(CorporationId corporationId) {
        var op = EsiOperation.open("/loyalty/stores/" + corporationId + "/offers", RateLimitGroup.NONE);
        return esi.read(op, etag -> client.offers(corporationId.value(), etag),
                EsiJson.list(LoyaltyOfferDto.class, LoyaltyMapper::toDomain));
    }
}

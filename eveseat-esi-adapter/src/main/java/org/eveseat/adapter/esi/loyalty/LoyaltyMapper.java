package org.eveseat.adapter.esi.loyalty;

import org.eveseat.adapter.esi.common.dto.CharactersCharacterIdLoyaltyPoints;
import org.eveseat.domain.loyalty.model.LoyaltyOffer;
import org.eveseat.domain.loyalty.model.LoyaltyPoints;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.TypeId;

final class LoyaltyMapper {
    private LoyaltyMapper() {
    }

    static LoyaltyPoints toDomain(CharactersCharacterIdLoyaltyPoints dto) {
        return new LoyaltyPoints(new CorporationId(dto.corporationId()), dto.loyaltyPoints());
    }

    static LoyaltyOffer toDomain(LoyaltyOfferDto dto) {
        return new LoyaltyOffer(dto.offerId(), new TypeId(dto.typeId()), dto.quantity(), dto.lpCost(),
                new Isk(dto.iskCost()), dto.akCost(), dto.requiredItems().stream()
                        .map(item -> new LoyaltyOffer.RequiredItem(new TypeId(item.typeId()), item.quantity()))
                        .toList());
    }
}

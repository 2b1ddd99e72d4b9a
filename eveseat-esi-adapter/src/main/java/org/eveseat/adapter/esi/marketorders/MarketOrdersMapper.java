package org.eveseat.adapter.esi.marketorders;

import java.math.BigDecimal;

import org.eveseat.domain.market.model.CharacterOrder;
import org.eveseat.domain.market.model.ClosedCorporationOrder;
import org.eveseat.domain.market.model.CorporationOrder;
import org.eveseat.domain.market.model.OrderRange;
import org.eveseat.domain.market.model.OrderState;
import org.eveseat.domain.market.model.StructureOrder;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;

/** ESI's order bodies onto the domain model. */
final class MarketOrdersMapper {
    private MarketOrdersMapper() {
    }

    /** Open orders carry no {@code state}: they are open. */
    static CharacterOrder toCharacterOrder(OwnOrderDto dto) {
        OrderState state = dto.state() == null ? OrderState.OPEN : OrderState.fromEsi(dto.state());
        return new CharacterOrder(dto.orderId(), new TypeId(dto.typeId()), new RegionId(dto.regionId()),
                dto.locationId(), Boolean.TRUE.equals(dto.isBuyOrder()), new Isk(dto.price()), dto.volumeRemain(),
                dto.volumeTotal(), dto.minVolume(), OrderRange.fromEsi(dto.range()), dto.issued(), dto.duration(),
                isk(dto.escrow()), Boolean.TRUE.equals(dto.isCorporation()), state);
    }

    static CorporationOrder toCorporationOrder(OwnOrderDto dto) {
        return new CorporationOrder(dto.orderId(), new TypeId(dto.typeId()), new RegionId(dto.regionId()),
                dto.locationId(), Boolean.TRUE.equals(dto.isBuyOrder()), new Isk(dto.price()), dto.volumeRemain(),
                dto.volumeTotal(), dto.minVolume(), OrderRange.fromEsi(dto.range()), dto.issued(), dto.duration(),
                isk(dto.escrow()), new CharacterId(dto.issuedBy()), dto.walletDivision());
    }

    /** The history's orders carry their {@code state}: cancelled or expired. */
    static ClosedCorporationOrder toClosedCorporationOrder(OwnOrderDto dto) {
        return new ClosedCorporationOrder(toCorporationOrder(dto), OrderState.fromEsi(dto.state()));
    }

    static StructureOrder toStructureOrder(StructureOrderDto dto) {
        return new StructureOrder(dto.orderId(), new TypeId(dto.typeId()), dto.isBuyOrder(), new Isk(dto.price()),
                dto.volumeRemain(), dto.volumeTotal(), dto.minVolume(), OrderRange.fromEsi(dto.range()),
                dto.locationId(), dto.issued(), dto.duration());
    }

    private static Isk isk(BigDecimal amount) {
        return amount == null ? null : new Isk(amount);
    }
}

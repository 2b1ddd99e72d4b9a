package org.eveseat.domain.market.model;

import java.time.Duration;
import java.time.Instant;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.TypeId;

/**
 * A character's or corporation's market order as stored: open, or closed (cancelled or expired; ESI counts a
 * filled order as expired). A character's order placed for its corporation is {@code forCorporation}; a
 * corporation's names who issued it and its wallet division. {@code minVolume} and {@code escrow} are null for
 * sell orders.
 */
public record OwnOrder(OrderOwner owner, long orderId, TypeId typeId, RegionId regionId, long locationId,
                       boolean buyOrder, Isk price, long volumeRemain, long volumeTotal, Long minVolume,
                       OrderRange range, Instant issued, int duration, Isk escrow, OrderState state,
                       boolean forCorporation, CharacterId issuedBy, Integer walletDivision) {
    public OwnOrder {
        Require.present(owner, "owner");
        OrderRules.check(orderId, typeId, price, volumeRemain, volumeTotal, range, issued, duration);
        Require.present(regionId, "region");
        Require.positive(locationId, "location id");
        Require.present(state, "order state");
    }

    public static OwnOrder of(OrderOwner owner, CharacterOrder o) {
        return new OwnOrder(owner, o.orderId(), o.typeId(), o.regionId(), o.locationId(), o.buyOrder(), o.price(),
                o.volumeRemain(), o.volumeTotal(), o.minVolume(), o.range(), o.issued(), o.duration(), o.escrow(),
                o.state(), o.forCorporation(), null, null);
    }

    public static OwnOrder of(OrderOwner owner, CorporationOrder o) {
        return new OwnOrder(owner, o.orderId(), o.typeId(), o.regionId(), o.locationId(), o.buyOrder(), o.price(),
                o.volumeRemain(), o.volumeTotal(), o.minVolume(), o.range(), o.issued(), o.duration(), o.escrow(),
                OrderState.OPEN, true, o.issuedBy(), o.walletDivision());
    }

    public Instant expires() {
        return issued.plus(Duration.ofDays(duration));
    }

    public boolean open() {
        return state == OrderState.OPEN;
    }
}

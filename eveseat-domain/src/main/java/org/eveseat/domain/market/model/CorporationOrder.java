package org.eveseat.domain.market.model;

import java.time.Instant;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.TypeId;

/**
 * An open market order of a corporation: who issued it and which wallet division (1-7) pays or is paid.
 * {@code minVolume} and {@code escrow} are null for sell orders.
 */
public record CorporationOrder(long orderId, TypeId typeId, RegionId regionId, long locationId, boolean buyOrder,
                               Isk price, long volumeRemain, long volumeTotal, Long minVolume, OrderRange range,
                               Instant issued, int duration, Isk escrow, CharacterId issuedBy,
                               int walletDivision) {
    public CorporationOrder {
        OrderRules.check(orderId, typeId, price, volumeRemain, volumeTotal, range, issued, duration);
        Require.present(regionId, "region");
        Require.present(issuedBy, "issued by");
        Require.between(walletDivision, 1, 7, "wallet division");
    }
}

package org.eveseat.adapter.esi.marketorders;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A character's or corporation's order as ESI sends it. The three listings share the fields; each adds its own
 * (the character's {@code is_corporation} and {@code state}, the corporation's {@code issued_by} and
 * {@code wallet_division}), which stay null in the others. ESI leaves out {@code is_buy_order},
 * {@code min_volume} and {@code escrow} for sell orders.
 */
public record OwnOrderDto(long orderId, long typeId, long regionId, long locationId, Boolean isBuyOrder,
                          BigDecimal price, long volumeRemain, long volumeTotal, Long minVolume, String range,
                          Instant issued, int duration, BigDecimal escrow, Boolean isCorporation, String state,
                          Long issuedBy, Integer walletDivision) {
}

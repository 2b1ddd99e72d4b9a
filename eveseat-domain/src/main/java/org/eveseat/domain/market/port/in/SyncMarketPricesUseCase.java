package org.eveseat.domain.market.port.in;

import org.eveseat.domain.shared.SyncOutcome;

/** Keeps CCP's universe-wide average and adjusted prices, read again when ESI's cache of them expires. */
public interface SyncMarketPricesUseCase {
    SyncOutcome sync();
}

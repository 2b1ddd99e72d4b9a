package org.eveseat.domain.market.port.in;

import org.eveseat.domain.shared.SyncOutcome;

/**
 * Once a day, after ESI publishes the day before, reads the price history of the types most traded at each trade
 * hub, so charts and the calculator's daily volumes of those types never wait for ESI.
 */
public interface SyncHubHistoryUseCase {
    SyncOutcome sync();
}

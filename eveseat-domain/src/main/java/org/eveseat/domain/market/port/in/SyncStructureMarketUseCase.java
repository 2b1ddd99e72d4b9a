package org.eveseat.domain.market.port.in;

import org.eveseat.domain.shared.SyncOutcome;

/** Reads one kept structure's market through a character that may dock there, and stores it whole. */
public interface SyncStructureMarketUseCase {
    SyncOutcome sync(long structureId);
}

package org.eveseat.domain.market.port.in;

import org.eveseat.domain.market.model.BookScope;

/**
 * Where a book is read, from what a caller gave: a region, a system or a station (any together, if they agree). The
 * region follows from a system (static data) or a station (the stored books).
 */
public interface ResolveBookScopeQuery {
    BookScope scope(Long regionId, Long systemId, Long stationId);
}

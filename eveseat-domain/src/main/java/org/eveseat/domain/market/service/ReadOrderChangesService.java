package org.eveseat.domain.market.service;

import java.time.Instant;
import java.util.List;

import org.eveseat.domain.market.model.OrderChange;
import org.eveseat.domain.market.port.in.OrderChangesQuery;
import org.eveseat.domain.market.port.out.MarketBook;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.port.out.StaticData;

/** A type's recorded order changes in a region, newest first; unknown type or region is a 404. */
public class ReadOrderChangesService implements OrderChangesQuery {
    public static final int MAX_LIMIT = 500;

    private final MarketBook book;
    private final StaticData staticData;

    public ReadOrderChangesService(MarketBook book, StaticData staticData) {
        this.book = book;
        this.staticData = staticData;
    }

    @Override
    public List<OrderChange> changes(TypeId typeId, RegionId regionId, Instant after, int limit) {
        Require.between(limit, 1, MAX_LIMIT, "limit");
        staticData.type(typeId).orElseThrow(() -> new NotFoundException("unknown type " + typeId));
        staticData.universe().region(regionId).orElseThrow(() -> new NotFoundException("unknown region " + regionId));
        return book.changes(regionId, typeId, after == null ? Instant.EPOCH : after, limit);
    }
}

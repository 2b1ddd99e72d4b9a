package org.eveseat.domain.market.port.in;

import java.util.List;

import org.eveseat.domain.market.model.StructureMarket;

/** The kept structure markets with the state of their last read (which character, refused, failed). */
public interface StructureMarketsQuery {
    List<StructureMarket> structures();
}

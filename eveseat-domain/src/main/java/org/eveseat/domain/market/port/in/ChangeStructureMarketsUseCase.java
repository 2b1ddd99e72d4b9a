package org.eveseat.domain.market.port.in;

import java.util.List;

import org.eveseat.domain.market.model.StructureMarket;

/** An admin chooses the player structures whose markets are kept; answers them as they now stand. */
public interface ChangeStructureMarketsUseCase {
    List<StructureMarket> change(List<Long> structureIds);
}

package org.eveseat.domain.market.service;

import java.util.List;

import org.eveseat.domain.market.model.StructureMarket;
import org.eveseat.domain.market.port.in.ChangeStructureMarketsUseCase;
import org.eveseat.domain.market.port.out.StructureMarketRepository;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.RuleViolationException;

/**
 * Replaces the kept structures: at most {@link #MAX_STRUCTURES} distinct player structure ids (none keeps none).
 * Whether a structure exists only a character that may dock there can tell, so the ids are kept as given and the
 * first sync says what ESI answered. The planner drops the syncs of structures no longer kept.
 */
public class ChangeStructureMarketsService implements ChangeStructureMarketsUseCase {
    public static final int MAX_STRUCTURES = 100;

    private final StructureMarketRepository markets;

    public ChangeStructureMarketsService(StructureMarketRepository markets) {
        this.markets = markets;
    }

    @Override
    public List<StructureMarket> change(List<Long> structureIds) {
        List<Long> distinct = Require.list(structureIds, "structure ids").stream().distinct().toList();
        Require.between(distinct.size(), 0, MAX_STRUCTURES, "number of structures");
        for (long id : distinct) {
            if (!StructureMarket.isStructure(id)) {
                throw new RuleViolationException(id + " is not a player structure id (those start at "
                        + StructureMarket.FIRST_STRUCTURE_ID + ")");
            }
        }
        markets.keep(distinct);
        return markets.list();
    }
}

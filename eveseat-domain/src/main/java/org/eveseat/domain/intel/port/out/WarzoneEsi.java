package org.eveseat.domain.intel.port.out;

import java.util.List;

import org.eveseat.domain.intel.model.Faction;
import org.eveseat.domain.intel.model.WarzoneSystem;
import org.eveseat.domain.shared.EsiResult;

/** The factional-warfare systems and who holds them, and the factions' names, public on ESI: a layer of the map. */
public interface WarzoneEsi {
    EsiResult<List<WarzoneSystem>> systems();

    EsiResult<List<Faction>> factions();
}

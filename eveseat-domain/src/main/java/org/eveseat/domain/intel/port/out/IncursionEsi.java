package org.eveseat.domain.intel.port.out;

import java.util.List;

import org.eveseat.domain.intel.model.Incursion;
import org.eveseat.domain.shared.EsiResult;

/** The incursions running now, public on ESI. */
public interface IncursionEsi {
    EsiResult<List<Incursion>> incursions();
}

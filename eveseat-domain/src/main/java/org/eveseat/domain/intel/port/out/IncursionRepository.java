package org.eveseat.domain.intel.port.out;

import java.util.List;

import org.eveseat.domain.intel.model.Incursion;

/** The incursions running now; each sync replaces them, so an ended incursion disappears. */
public interface IncursionRepository {
    void replaceAll(List<Incursion> incursions);

    List<Incursion> all();
}

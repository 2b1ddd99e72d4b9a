package org.eveseat.domain.intel.service;

import java.util.List;

import org.eveseat.domain.intel.model.Incursion;
import org.eveseat.domain.intel.port.in.IncursionsQuery;
import org.eveseat.domain.intel.port.out.IncursionRepository;

/** The running incursions as the sync stored them; public data any logged-in user reads. */
public class ListIncursionsService implements IncursionsQuery {
    private final IncursionRepository incursions;

    public ListIncursionsService(IncursionRepository incursions) {
        this.incursions = incursions;
    }

    @Override
    public List<Incursion> incursions() {
        return incursions.all();
    }
}

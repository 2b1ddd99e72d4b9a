package org.eveseat.domain.universe.service;

import java.time.Clock;
import java.util.List;

import org.eveseat.domain.universe.model.NameLookup;
import org.eveseat.domain.universe.model.ResolvedName;
import org.eveseat.domain.universe.port.in.FindIdsByNameQuery;
import org.eveseat.domain.universe.port.out.NameRepository;
import org.eveseat.domain.universe.port.out.UniverseCatalogueEsi;

/** Exact names to ids through ESI; what it finds is stored, so the ids show with their names afterwards. */
public class FindIdsByNameService implements FindIdsByNameQuery {
    private final UniverseCatalogueEsi esi;
    private final NameRepository names;
    private final Clock clock;

    public FindIdsByNameService(UniverseCatalogueEsi esi, NameRepository names, Clock clock) {
        this.esi = esi;
        this.names = names;
        this.clock = clock;
    }

    @Override
    public List<ResolvedName> find(NameLookup lookup) {
        List<ResolvedName> found = esi.ids(lookup);
        names.save(found, clock.instant());
        return found;
    }
}

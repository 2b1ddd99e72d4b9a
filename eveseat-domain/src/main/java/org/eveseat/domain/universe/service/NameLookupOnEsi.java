package org.eveseat.domain.universe.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.universe.model.ResolvedName;
import org.eveseat.domain.universe.port.out.NameRepository;
import org.eveseat.domain.universe.port.out.UniverseEsi;

/**
 * Looks ids up on ESI and stores the answer. ESI refuses a whole batch (404) when one id in it is unknown (a
 * deleted structure, a biomassed pilot's old corporation, a made-up id), so a refused batch is split in halves
 * until the unknown ids are found; those are stored as unknown, the rest as named.
 */
final class NameLookupOnEsi {
    private final UniverseEsi esi;
    private final NameRepository repository;
    private final Clock clock;

    NameLookupOnEsi(UniverseEsi esi, NameRepository repository, Clock clock) {
        this.esi = esi;
        this.repository = repository;
        this.clock = clock;
    }

    /** Throws the domain exception of a failed call other than an unknown id; nothing is stored then. */
    List<ResolvedName> lookUp(Set<Long> ids) {
        List<ResolvedName> named = new ArrayList<>();
        Set<Long> unknown = new HashSet<>();
        split(ids.stream().sorted().toList(), named, unknown);
        repository.save(named, clock.instant());
        if (!unknown.isEmpty()) {
            repository.saveUnknown(unknown, clock.instant());
        }
        return named;
    }

    private void split(List<Long> ids, List<ResolvedName> named, Set<Long> unknown) {
        try {
            named.addAll(esi.names(Set.copyOf(ids)));
        } catch (NotFoundException e) {
            if (ids.size() == 1) {
                unknown.add(ids.get(0));
            } else {
                split(ids.subList(0, ids.size() / 2), named, unknown);
                split(ids.subList(ids.size() / 2, ids.size()), named, unknown);
            }
        }
    }
}

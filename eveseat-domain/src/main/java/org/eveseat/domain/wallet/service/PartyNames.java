package org.eveseat.domain.wallet.service;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eveseat.domain.shared.DomainException;
import org.eveseat.domain.universe.model.ResolvedName;
import org.eveseat.domain.universe.port.out.UniverseEsi;
import org.eveseat.domain.wallet.port.out.PartyNameRepository;

/**
 * Names for party ids: the stored ones, and the rest looked up on ESI in one batched call and stored. A failed
 * lookup leaves those names unknown (null) rather than failing the listing; the next listing asks again.
 */
public class PartyNames {
    private final PartyNameRepository names;
    private final UniverseEsi universe;

    public PartyNames(PartyNameRepository names, UniverseEsi universe) {
        this.names = names;
        this.universe = universe;
    }

    Map<Long, String> of(Set<Long> ids) {
        Map<Long, String> known = new HashMap<>(names.find(ids));
        Set<Long> missing = new HashSet<>(ids);
        missing.removeAll(known.keySet());
        if (!missing.isEmpty()) {
            try {
                List<ResolvedName> resolved = universe.names(missing);
                names.save(resolved);
                resolved.forEach(name -> known.put(name.id(), name.name()));
            } catch (DomainException e) {
                // names are a nicety: the entries are listed without them
            }
        }
        return known;
    }
}

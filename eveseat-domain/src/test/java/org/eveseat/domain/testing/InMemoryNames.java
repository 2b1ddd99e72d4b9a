package org.eveseat.domain.testing;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eveseat.domain.universe.model.ResolvedName;
import org.eveseat.domain.universe.port.out.NameRepository;

/** Stored names and the ids ESI did not know, with the time each was stored. */
public final class InMemoryNames implements NameRepository {
    public final Map<Long, ResolvedName> names = new HashMap<>();
    public final Map<Long, Instant> unknown = new HashMap<>();

    @Override
    public Map<Long, ResolvedName> find(Set<Long> ids) {
        return ids.stream().filter(names::containsKey).collect(Collectors.toMap(id -> id, names::get));
    }

    @Override
    public Set<Long> unknownSince(Set<Long> ids, Instant since) {
        return ids.stream().filter(id -> unknown.containsKey(id) && !unknown.get(id).isBefore(since))
                .collect(Collectors.toSet());
    }

    @Override
    public void save(List<ResolvedName> resolved, Instant at) {
        resolved.forEach(name -> {
            names.put(name.id(), name);
            unknown.remove(name.id());
        });
    }

    @Override
    public void saveUnknown(Set<Long> ids, Instant at) {
        ids.forEach(id -> unknown.put(id, at));
    }
}

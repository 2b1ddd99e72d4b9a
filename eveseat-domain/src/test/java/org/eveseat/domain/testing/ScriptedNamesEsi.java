package org.eveseat.domain.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.universe.model.ResolvedName;
import org.eveseat.domain.universe.model.SolarSystem;
import org.eveseat.domain.universe.model.Stargate;
import org.eveseat.domain.universe.port.out.UniverseEsi;

/**
 * ESI's names lookup as ESI answers it: the whole batch refused (404) when one id in it is unknown. Records
 * each batch asked for; a scripted failure replaces every answer.
 */
public final class ScriptedNamesEsi implements UniverseEsi {
    public final Map<Long, ResolvedName> known = new HashMap<>();
    public final List<Set<Long>> batches = new ArrayList<>();
    public RuntimeException failure;

    public ScriptedNamesEsi know(ResolvedName name) {
        known.put(name.id(), name);
        return this;
    }

    @Override
    public synchronized List<ResolvedName> names(Set<Long> ids) {
        batches.add(new TreeSet<>(ids));
        if (failure != null) {
            throw failure;
        }
        if (!known.keySet().containsAll(ids)) {
            throw new NotFoundException("Ensure all IDs are valid before resolving.");
        }
        return ids.stream().map(known::get).toList();
    }

    @Override
    public EsiResult<SolarSystem> system(SolarSystemId systemId) {
        throw new UnsupportedOperationException("only the names lookup is scripted");
    }

    @Override
    public EsiResult<Stargate> stargate(long stargateId) {
        throw new UnsupportedOperationException("only the names lookup is scripted");
    }
}

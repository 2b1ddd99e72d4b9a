package org.eveseat.adapter.esi.universe;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.dto.PostUniverseNames;
import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiRequest;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.EsiTable;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.universe.model.ResolvedName;
import org.eveseat.domain.universe.model.SolarSystem;
import org.eveseat.domain.universe.model.Stargate;
import org.eveseat.domain.universe.port.out.UniverseEsi;

/**
 * The static universe over ESI (solar systems, stargates: cached until the daily downtime) and the name lookup.
 * POST /universe/names is uncached and takes at most 1000 ids, so larger sets go out in batches; a lookup changes
 * nothing, so a failed batch is retried. None of these routes is rate limited, only the error limit applies.
 */
@ApplicationScoped
public class EsiUniverseAdapter implements UniverseEsi {
    static final int MAX_IDS = 1000;

    private EsiTable esi;

    protected EsiUniverseAdapter() {
    }

    @Inject
    public EsiUniverseAdapter(EsiSettings settings, EsiGateway esi) {
        this.esi = new EsiTable(esi, settings);
    }

    @Override
    public EsiResult<SolarSystem> system(SolarSystemId systemId) {
        return esi.read(EsiRequest.of("GET /universe/systems/{system_id}").with("system_id", systemId),
                EsiJson.one(SolarSystemDto.class, UniverseMapper::toDomain));
    }

    @Override
    public EsiResult<Stargate> stargate(long stargateId) {
        return esi.read(EsiRequest.of("GET /universe/stargates/{stargate_id}").with("stargate_id", stargateId),
                EsiJson.one(StargateDto.class, UniverseMapper::toDomain));
    }

    @Override
    public List<ResolvedName> names(Set<Long> ids) {
        return batches(ids).stream().flatMap(batch -> esi.lookup(EsiRequest.of("POST /universe/names").body(batch),
                EsiJson.list(PostUniverseNames.class, UniverseMapper::toDomain)).stream()).toList();
    }

    /** Sorted first, so that the same ids always make the same batches. */
    static List<List<Long>> batches(Collection<Long> ids) {
        List<Long> sorted = ids.stream().sorted().toList();
        return IntStream.iterate(0, from -> from < sorted.size(), from -> from + MAX_IDS)
                .mapToObj(from -> sorted.subList(from, Math.min(from + MAX_IDS, sorted.size()))).toList();
    }
}

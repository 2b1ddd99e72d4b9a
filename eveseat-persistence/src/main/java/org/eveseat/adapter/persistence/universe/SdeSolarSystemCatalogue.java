package org.eveseat.adapter.persistence.universe;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.universe.model.SystemPlace;
import org.eveseat.domain.universe.port.out.SolarSystemCatalogue;

/**
 * The names and regions of the solar systems (about 8,400 in 113 regions) from the static data in the jar,
 * loaded on first use and kept.
 */
@ApplicationScoped
public class SdeSolarSystemCatalogue implements SolarSystemCatalogue {
    private volatile Map<SolarSystemId, SystemPlace> places;

    @Override
    public Optional<SystemPlace> place(SolarSystemId systemId) {
        if (places == null) {
            Map<Long, String> regions = new HashMap<>();
            SdeFile.read("regions.tsv", "\t", row -> regions.put(Long.parseLong(row[0]), row[1]));
            Map<SolarSystemId, SystemPlace> loaded = new HashMap<>();
            SdeFile.read("solar-systems.tsv.gz", "\t", 3, row -> {
                SolarSystemId id = new SolarSystemId(Long.parseLong(row[0]));
                long region = Long.parseLong(row[1]);
                loaded.put(id, new SystemPlace(id, row[2], new RegionId(region), regions.get(region)));
            });
            places = Map.copyOf(loaded);
        }
        return Optional.ofNullable(places.get(systemId));
    }
}

package org.eveseat.adapter.persistence.universe;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.port.out.TypeNameCatalogue;

/** The names of the published types (about 24,000) from the static data in the jar, loaded on first use. */
@ApplicationScoped
public class SdeTypeNameCatalogue implements TypeNameCatalogue {
    private volatile Map<TypeId, String> names;

    @Override
    public Map<TypeId, String> names() {
        if (names == null) {
            Map<TypeId, String> loaded = new HashMap<>();
            SdeFile.read("type-names.tsv.gz", "\t", row -> loaded.put(new TypeId(Long.parseLong(row[0])), row[1]));
            names = Map.copyOf(loaded);
        }
        return names;
    }
}

package org.eveseat.domain.universe.service;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.port.in.TypeNameSearchQuery;
import org.eveseat.domain.universe.port.out.TypeNameCatalogue;

/**
 * Matches type names in memory: some 20,000 published names are a few hundred kilobytes, and a scan of them takes
 * a millisecond, so no index is worth keeping. The lower-cased names are computed once.
 */
public class TypeNameSearchService implements TypeNameSearchQuery {
    private final TypeNameCatalogue catalogue;
    private volatile Map<TypeId, String> lowerCaseNames;

    public TypeNameSearchService(TypeNameCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Set<TypeId> typesNamed(String fragment, int limit) {
        String wanted = fragment.strip().toLowerCase(Locale.ROOT);
        return names().entrySet().stream().filter(name -> name.getValue().contains(wanted)).limit(limit)
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    private Map<TypeId, String> names() {
        if (lowerCaseNames == null) {
            lowerCaseNames = catalogue.names().entrySet().stream().collect(Collectors.toUnmodifiableMap(
                    Map.Entry::getKey, name -> name.getValue().toLowerCase(Locale.ROOT)));
        }
        return lowerCaseNames;
    }
}

package org.eveseat.domain.universe.port.out;

import java.util.Map;

import org.eveseat.domain.shared.TypeId;

/** The English names of the published inventory types, from the static data; loaded once. */
public interface TypeNameCatalogue {
    Map<TypeId, String> names();
}

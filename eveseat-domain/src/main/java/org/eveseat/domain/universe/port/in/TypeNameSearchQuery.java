package org.eveseat.domain.universe.port.in;

import java.util.Set;

import org.eveseat.domain.shared.TypeId;

/** The published types whose name contains a fragment, ignoring case; at most {@code limit} of them. */
public interface TypeNameSearchQuery {
    Set<TypeId> typesNamed(String fragment, int limit);
}

package org.eveseat.domain.universe.port.in;

import java.util.List;

import org.eveseat.domain.universe.model.SystemSummary;

/** Systems whose name starts with a prefix, case-insensitive, an exact match first, at most {@code limit}. */
public interface SystemSearchQuery {
    int MAX_LIMIT = 20;

    List<SystemSummary> systemsStartingWith(String prefix, int limit);
}

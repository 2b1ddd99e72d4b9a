package org.eveseat.domain.universe.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eveseat.domain.universe.model.ResolvedName;

/**
 * Names ESI gave for ids, kept: ESI's names lookup is a POST it never caches, and a page names the same pilots
 * and corporations again and again. Ids ESI did not know are kept too, so they are not asked for on every page.
 */
public interface NameRepository {
    /** The stored names of those ids that have one. */
    Map<Long, ResolvedName> find(Set<Long> ids);

    /** Those of the ids ESI said it did not know at or after {@code since}. */
    Set<Long> unknownSince(Set<Long> ids, Instant since);

    /** Stores the names; a name resolved again (a pilot renamed) replaces the stored one. */
    void save(List<ResolvedName> names, Instant at);

    void saveUnknown(Set<Long> ids, Instant at);
}

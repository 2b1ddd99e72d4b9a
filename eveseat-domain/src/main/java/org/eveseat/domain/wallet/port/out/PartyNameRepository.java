package org.eveseat.domain.wallet.port.out;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eveseat.domain.universe.model.ResolvedName;

/**
 * Names of the parties of journal entries, resolved once through ESI and kept: a journal page names the same few
 * hundred characters and corporations over and over, and ESI's names lookup is a POST it never caches.
 */
public interface PartyNameRepository {
    /** The stored names of those ids that have one. */
    Map<Long, String> find(Set<Long> ids);

    void save(List<ResolvedName> names);
}

package org.eveseat.domain.universe.port.in;

import java.util.List;

import org.eveseat.domain.universe.model.NameLookup;
import org.eveseat.domain.universe.model.ResolvedName;

/**
 * Ids of pilots, corporations, alliances and the like by their exact names (case ignored), for search boxes
 * such as a mail's recipients: ESI's name search needs a scope, the exact lookup does not.
 */
public interface FindIdsByNameQuery {
    List<ResolvedName> find(NameLookup lookup);
}

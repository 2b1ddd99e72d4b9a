package org.eveseat.domain.market.port.in;

import java.util.List;

import org.eveseat.domain.market.model.StructureSuggestion;

/** Structures not kept yet where this server's users have open orders: what an admin may want to add. */
public interface StructureSuggestionsQuery {
    int MAX_SUGGESTIONS = 50;

    List<StructureSuggestion> suggestions();
}

package org.eveseat.domain.universe.port.in;

import java.util.List;

import org.eveseat.domain.universe.model.StaticType;

/**
 * Published types found by name for a search box: the exact name first, then names starting with the text, then
 * names with a word starting with each word of the text; shorter names first within each. {@code marketOnly}
 * keeps only types sold on the market (with a market group).
 */
public interface TypeSearchQuery {
    int MAX_LIMIT = 50;

    List<StaticType> search(String text, boolean marketOnly, int limit);
}

package org.eveseat.adapter.esi.universecatalogue;

import java.util.List;

/** ESI's answer to a name lookup: the matches grouped by kind; kinds without a match are absent. */
public record ResolvedIdsDto(List<NamedIdDto> agents, List<NamedIdDto> alliances, List<NamedIdDto> characters,
                             List<NamedIdDto> constellations, List<NamedIdDto> corporations,
                             List<NamedIdDto> factions, List<NamedIdDto> inventoryTypes, List<NamedIdDto> regions,
                             List<NamedIdDto> stations, List<NamedIdDto> systems) {
    public record NamedIdDto(long id, String name) {
    }
}

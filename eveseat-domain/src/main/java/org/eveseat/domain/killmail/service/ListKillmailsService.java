package org.eveseat.domain.killmail.service;

import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.character.port.in.CorporationVisibilityQuery;
import org.eveseat.domain.killmail.model.KillmailFilter;
import org.eveseat.domain.killmail.model.KillmailListing;
import org.eveseat.domain.killmail.model.KillmailSearch;
import org.eveseat.domain.killmail.port.in.ListKillmailsQuery;
import org.eveseat.domain.killmail.port.out.KillmailRepository;
import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.universe.port.out.SolarSystemCatalogue;
import org.eveseat.domain.universe.port.out.TypeNameCatalogue;
import org.eveseat.domain.wallet.model.KeysetPage;

/**
 * Lists the killmails a viewer may read, with names from the static data. The repository limits the rows to what
 * the viewer's characters and corporations saw; a filter naming a character or corporation the viewer may not
 * see is refused as not found, as everywhere else.
 */
public class ListKillmailsService implements ListKillmailsQuery {
    private final CharacterVisibilityQuery characters;
    private final CorporationVisibilityQuery corporations;
    private final KillmailRepository killmails;
    private final KillmailNames names;

    public ListKillmailsService(CharacterVisibilityQuery characters, CorporationVisibilityQuery corporations,
                                KillmailRepository killmails, TypeNameCatalogue types, SolarSystemCatalogue systems) {
        this.characters = characters;
        this.corporations = corporations;
        this.killmails = killmails;
        this.names = new KillmailNames(types, systems);
    }

    @Override
    public KeysetPage<KillmailListing> list(Viewer viewer, KillmailSearch search) {
        KillmailFilter filter = search.filter();
        if (filter.seenByCharacter() != null) {
            characters.requireVisible(viewer, filter.seenByCharacter());
        }
        if (filter.seenByCorporation() != null) {
            corporations.requireVisible(viewer, filter.seenByCorporation());
        }
        return killmails.list(viewer, search).map(rows -> rows.stream().map(row -> new KillmailListing(row,
                names.place(row.solarSystemId()), names.typeName(row.victimShipTypeId()))).toList());
    }
}

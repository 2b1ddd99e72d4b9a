package org.eveseat.domain.killmail.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.character.port.in.CorporationVisibilityQuery;
import org.eveseat.domain.killmail.model.KillmailFilter;
import org.eveseat.domain.killmail.model.KillmailListing;
import org.eveseat.domain.killmail.model.KillmailSearch;
import org.eveseat.domain.killmail.model.KillmailSummary;
import org.eveseat.domain.killmail.port.in.ListKillmailsQuery;
import org.eveseat.domain.killmail.port.out.KillmailRepository;
import org.eveseat.domain.market.port.in.MarketPricesQuery;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.universe.port.out.SolarSystemCatalogue;
import org.eveseat.domain.universe.port.out.TypeNameCatalogue;
import org.eveseat.domain.wallet.model.KeysetPage;

/**
 * Lists the killmails a viewer may read, with names from the static data and values at market prices. The
 * repository limits the rows to what the viewer's characters and corporations saw; a filter naming a character or
 * corporation the viewer may not see is refused as not found, as everywhere else.
 */
public class ListKillmailsService implements ListKillmailsQuery {
    private final CharacterVisibilityQuery characters;
    private final CorporationVisibilityQuery corporations;
    private final KillmailRepository killmails;
    private final KillmailNames names;
    private final KillmailValuation valuation;

    public ListKillmailsService(CharacterVisibilityQuery characters, CorporationVisibilityQuery corporations,
                                KillmailRepository killmails, TypeNameCatalogue types, SolarSystemCatalogue systems,
                                MarketPricesQuery prices) {
        this.characters = characters;
        this.corporations = corporations;
        this.killmails = killmails;
        this.names = new KillmailNames(types, systems);
        this.valuation = new KillmailValuation(prices);
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
        return killmails.list(viewer, search).map(this::listings);
    }

    /** The page's rows with names and values: the items of all of them in one read, their prices in one more. */
    private List<KillmailListing> listings(List<KillmailSummary> rows) {
        Map<Long, TypeId> ships = new HashMap<>();
        rows.forEach(row -> ships.put(row.killmailId(), row.victimShipTypeId()));
        Map<Long, Isk> values = rows.isEmpty() ? Map.of() : valuation.totals(ships, killmails.items(ships.keySet()));
        return rows.stream().map(row -> new KillmailListing(row, names.place(row.solarSystemId()),
                names.typeName(row.victimShipTypeId()), values.get(row.killmailId()))).toList();
    }
}

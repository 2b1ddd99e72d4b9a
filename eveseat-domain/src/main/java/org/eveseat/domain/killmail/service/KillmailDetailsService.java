package org.eveseat.domain.killmail.service;

import org.eveseat.domain.killmail.model.Killmail;
import org.eveseat.domain.killmail.model.KillmailDetails;
import org.eveseat.domain.killmail.port.in.KillmailDetailsQuery;
import org.eveseat.domain.killmail.port.out.KillmailRepository;
import org.eveseat.domain.market.port.in.MarketPricesQuery;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.universe.port.out.SolarSystemCatalogue;
import org.eveseat.domain.universe.port.out.TypeNameCatalogue;

/**
 * One stored killmail for a viewer whose characters or corporations saw it (any for admins), named from the
 * static data and valued at market prices. Killmails are public on ESI, but which ones an account's pilots were in is not.
 */
public class KillmailDetailsService implements KillmailDetailsQuery {
    private final KillmailRepository killmails;
    private final KillmailNames names;
    private final KillmailValuation valuation;

    public KillmailDetailsService(KillmailRepository killmails, TypeNameCatalogue types,
                                  SolarSystemCatalogue systems, MarketPricesQuery prices) {
        this.killmails = killmails;
        this.names = new KillmailNames(types, systems);
        this.valuation = new KillmailValuation(prices);
    }

    @Override
    public KillmailDetails details(Viewer viewer, long killmailId) {
        Killmail killmail = killmails.find(killmailId)
                .filter(found -> viewer.admin() || killmails.seenByAccount(viewer, killmailId))
                .orElseThrow(() -> new NotFoundException("killmail " + killmailId + " not found"));
        return new KillmailDetails(killmail, names.place(killmail.solarSystemId()), names.typeNames(killmail),
                valuation.value(killmail));
    }
}

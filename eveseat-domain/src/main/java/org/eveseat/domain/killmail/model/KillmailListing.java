package org.eveseat.domain.killmail.model;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.universe.model.SystemPlace;

/**
 * A listed killmail with the names of its place and of the victim's ship (null when the static data lacks it) and
 * what the loss was worth at market prices (null when none of its types has a price, e.g. before prices are synced).
 */
public record KillmailListing(KillmailSummary summary, SystemPlace place, String victimShipTypeName, Isk value) {
    public KillmailListing {
        Require.present(summary, "killmail");
        Require.present(place, "place");
    }
}

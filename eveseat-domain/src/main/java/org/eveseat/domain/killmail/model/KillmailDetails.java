package org.eveseat.domain.killmail.model;

import java.util.Map;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.model.SystemPlace;

/**
 * A killmail with the names the static data knows: its system and region, and every ship, weapon and item type
 * on it ({@code typeNames} leaves out the types it lacks), and its value at market prices.
 */
public record KillmailDetails(Killmail killmail, SystemPlace place, Map<TypeId, String> typeNames,
                              KillmailValue value) {
    public KillmailDetails {
        Require.present(killmail, "killmail");
        Require.present(place, "place");
        typeNames = Map.copyOf(typeNames);
        Require.present(value, "value");
    }
}

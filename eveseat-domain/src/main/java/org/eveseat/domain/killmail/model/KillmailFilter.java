package org.eveseat.domain.killmail.model;

import java.time.Instant;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;

/**
 * Which killmails to list; every part is optional and they combine. Character and corporation mean "seen by"
 * (listed in its recent killmails), the ship type is the victim's, and the time range is half open ({@code from}
 * included, {@code to} not).
 */
public record KillmailFilter(CharacterId seenByCharacter, CorporationId seenByCorporation, SolarSystemId system,
                             RegionId region, Instant from, Instant to, TypeId victimShipType) {
    public static final KillmailFilter ALL = new KillmailFilter(null, null, null, null, null, null, null);

    public KillmailFilter {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new RuleViolationException("from must be before to");
        }
    }
}

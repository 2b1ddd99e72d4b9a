package org.eveseat.domain.intel.model;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.SolarSystemId;

/**
 * Who holds a system as a map shows it: an alliance or an NPC faction (exactly one), with its name when ESI gave
 * one (null when the lookup failed; the next sync asks again).
 */
public record SystemHolder(SolarSystemId systemId, Long allianceId, Long factionId, String name) {
    public SystemHolder {
        Require.present(systemId, "solar system");
        if ((allianceId == null) == (factionId == null)) {
            throw new RuleViolationException("a holder is an alliance or a faction");
        }
    }

    public long holderId() {
        return allianceId != null ? allianceId : factionId;
    }
}

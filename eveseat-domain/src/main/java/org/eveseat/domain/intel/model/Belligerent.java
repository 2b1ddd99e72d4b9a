package org.eveseat.domain.intel.model;

import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.RuleViolationException;

/** A side in a war, or an ally: either a corporation or an alliance, never both. */
public record Belligerent(CorporationId corporationId, AllianceId allianceId) {
    public Belligerent {
        if ((corporationId == null) == (allianceId == null)) {
            throw new RuleViolationException("a war party is either a corporation or an alliance");
        }
    }

    public static Belligerent corporation(CorporationId id) {
        return new Belligerent(id, null);
    }

    public static Belligerent alliance(AllianceId id) {
        return new Belligerent(null, id);
    }
}

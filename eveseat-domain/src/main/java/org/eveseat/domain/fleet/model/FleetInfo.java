package org.eveseat.domain.fleet.model;

import org.eveseat.domain.shared.Require;

/** A fleet's settings and message of the day (CCP-flavoured HTML, kept as ESI sends it). */
public record FleetInfo(boolean freeMove, boolean registered, boolean voiceEnabled, String motd) {
    public FleetInfo {
        Require.present(motd, "message of the day");
    }
}

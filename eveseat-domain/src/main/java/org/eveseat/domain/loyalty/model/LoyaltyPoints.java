package org.eveseat.domain.loyalty.model;

import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Require;

/** The loyalty points a character holds with one NPC corporation. */
public record LoyaltyPoints(CorporationId corporationId, long points) {
    public LoyaltyPoints {
        Require.present(corporationId, "corporation");
        Require.notNegative(points, "loyalty points");
    }
}

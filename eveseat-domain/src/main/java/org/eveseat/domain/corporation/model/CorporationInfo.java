package org.eveseat.domain.corporation.model;

import java.time.Instant;

import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Require;

/**
 * A corporation's public profile. Tax rates are percentages (10 is 10%), as ESI reports them. Parts ESI leaves
 * out (alliance, founder, founding date of old NPC corporations, enlisted faction, URL) are null.
 */
public record CorporationInfo(CorporationId corporationId, String name, String ticker, CorporationKind kind,
                              CorporationState state, AllianceId allianceId, CharacterId ceoId,
                              CharacterId creatorId, Instant dateFounded, long memberCount, long shares,
                              long homeStationId, double iskTaxPercent, double loyaltyPointTaxPercent,
                              FriendlyFire friendlyFire, boolean warEligible, Long enlistedFactionId,
                              String description, String url) {
    public CorporationInfo {
        Require.present(corporationId, "corporation id");
        Require.present(name, "corporation name");
        Require.present(ticker, "ticker");
        Require.present(kind, "corporation type");
        Require.present(state, "corporation state");
        Require.notNegative(memberCount, "member count");
        Require.notNegative(shares, "shares");
        Require.between(iskTaxPercent, 0.0, 100.0, "ISK tax rate");
        Require.between(loyaltyPointTaxPercent, 0.0, 100.0, "loyalty point tax rate");
        Require.present(friendlyFire, "friendly fire");
        Require.positiveIfPresent(enlistedFactionId, "enlisted faction id");
        description = description == null ? "" : description;
    }
}

package org.eveseat.adapter.esi.corporation;

import java.math.BigDecimal;
import java.time.Instant;

/** A corporation's public profile as ESI sends it; the palette is left out, EVESeat does not show it. */
public record CorporationInfoDto(String name, String ticker, String type, String state, Long allianceId, Long ceoId,
                                 Long creatorId, Instant dateFounded, long memberCount, long shares,
                                 long homeStationId, TaxRates taxRates, String friendlyFire, boolean warEligible,
                                 Long enlistedFactionId, String description, String url) {
    /** Percentages: 10 is 10%. */
    public record TaxRates(BigDecimal isk, BigDecimal loyaltyPoint) {
    }
}

package org.eveseat.adapter.esi.intel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A war as ESI sends it; a party names either its corporation or its alliance. */
public record WarDto(long id, Instant declared, Instant started, Instant retracted, Instant finished,
                     boolean mutual, boolean openForAllies, SideDto aggressor, SideDto defender,
                     List<PartyDto> allies) {
    public record SideDto(Long corporationId, Long allianceId, BigDecimal iskDestroyed, long shipsKilled) {
    }

    public record PartyDto(Long corporationId, Long allianceId) {
    }
}

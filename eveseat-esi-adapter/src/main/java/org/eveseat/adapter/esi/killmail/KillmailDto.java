package org.eveseat.adapter.esi.killmail;

import java.time.Instant;
import java.util.List;

/**
 * A killmail as ESI sends it. NPC attackers and structures come without character, corporation or ship; items
 * carry only the quantity that applies (destroyed or dropped), and only containers carry items of their own.
 */
public record KillmailDto(long killmailId, Instant killmailTime, long solarSystemId, Long moonId, Long warId,
                          VictimDto victim, List<AttackerDto> attackers) {
    public record VictimDto(Long characterId, Long corporationId, Long allianceId, Long factionId, long shipTypeId,
                            long damageTaken, PositionDto position, List<ItemDto> items) {
    }

    public record AttackerDto(Long characterId, Long corporationId, Long allianceId, Long factionId,
                              Long shipTypeId, Long weaponTypeId, long damageDone, boolean finalBlow,
                              double securityStatus) {
    }

    public record ItemDto(long itemTypeId, int flag, Long quantityDestroyed, Long quantityDropped, int singleton,
                          List<ItemDto> items) {
    }

    public record PositionDto(double x, double y, double z) {
    }
}

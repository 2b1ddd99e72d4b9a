package org.eveseat.domain.character.model;

import java.time.Instant;

import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;

/**
 * A character at a glance, for the overview: corporation and alliance (null while ESI has not said), where the pilot
 * is, what they fly, whether they are online, their skill points, and when any of their data last synced (null
 * before the first sync).
 */
public record CharacterStatus(CharacterId characterId, CorporationId corporationId, AllianceId allianceId,
                              StatusPart<Whereabouts> location, StatusPart<ShipStatus> ship,
                              StatusPart<PilotOnline> online, StatusPart<SkillPoints> skillPoints,
                              Instant lastSync) {
}

package org.eveseat.domain.killmail.port.in;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.SyncOutcome;

/**
 * Brings in a character's recent kills and losses: the references ESI lists, then every killmail not stored yet,
 * each announced once as it is stored. Never throws; a failed ESI call keeps what was stored and what is pending.
 */
public interface SyncKillmailsUseCase {
    SyncOutcome sync(CharacterId characterId);
}

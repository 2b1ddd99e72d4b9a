package org.eveseat.domain.character.port.out;

import java.util.List;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.model.Standing;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;

/** A character's NPC standings on ESI (scope {@code esi-characters.read_standings.v1}). */
public interface StandingsEsi {
    EsiResult<List<Standing>> standings(CharacterId characterId, AccessToken token);
}

package org.eveseat.domain.skill.port.out;

import java.util.List;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.skill.model.CharacterSkills;
import org.eveseat.domain.skill.model.SkillQueueEntry;

/** A character's skills and training queue on ESI. */
public interface SkillEsi {
    EsiResult<CharacterSkills> skills(CharacterId characterId, AccessToken token);

    EsiResult<List<SkillQueueEntry>> queue(CharacterId characterId, AccessToken token);
}

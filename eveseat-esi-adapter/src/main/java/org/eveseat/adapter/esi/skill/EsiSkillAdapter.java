package org.eveseat.adapter.esi.skill;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiRequest;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.EsiTable;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.skill.model.CharacterSkills;
import org.eveseat.domain.skill.model.SkillQueueEntry;
import org.eveseat.domain.skill.port.out.SkillEsi;

/**
 * A character's trained skills and training queue. Each is one cached answer charged to the character-detail
 * group; a paused queue comes without dates, which the domain keeps as nulls.
 */
@ApplicationScoped
public class EsiSkillAdapter implements SkillEsi {
    private EsiTable esi;

    protected EsiSkillAdapter() {
    }

    @Inject
    public EsiSkillAdapter(EsiSettings settings, EsiGateway esi) {
        this.esi = new EsiTable(esi, settings);
    }

    @Override
    public EsiResult<CharacterSkills> skills(CharacterId characterId, AccessToken token) {
        return esi.read(EsiRequest.of("GET /characters/{character_id}/skills").with("character_id", characterId)
                .token(token), EsiJson.one(CharacterSkillsDto.class, SkillMapper::toDomain));
    }

    @Override
    public EsiResult<List<SkillQueueEntry>> queue(CharacterId characterId, AccessToken token) {
        return esi.read(EsiRequest.of("GET /characters/{character_id}/skillqueue").with("character_id", characterId)
                .token(token), EsiJson.list(SkillQueueEntryDto.class, SkillMapper::toDomain));
    }
}

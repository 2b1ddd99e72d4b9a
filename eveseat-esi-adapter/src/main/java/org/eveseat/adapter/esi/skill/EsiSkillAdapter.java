package org.eveseat.adapter.esi.skill;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiOperation;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.RestClients;
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
    static final String GROUP = "char-detail";

    private EsiSkillClient client;
    private EsiGateway esi;

    protected EsiSkillAdapter() {
    }

    @Inject
    public EsiSkillAdapter(EsiSettings settings, EsiGateway esi) {
        this.client = RestClients.build(EsiSkillClient.class, settings.baseUrl(), settings);
        this.esi = esi;
    }

    @Override
    public EsiResult<CharacterSkills> skills(CharacterId characterId, AccessToken token) {
        var op = EsiOperation.authed("/characters/" + characterId + "/skills", GROUP, characterId);
        return esi.read(op, etag -> client.skills(characterId.value(), EsiJson.bearer(token), etag),
                EsiJson.one(CharacterSkillsDto.class, SkillMapper::toDomain));
    }

    @Override
    public EsiResult<List<SkillQueueEntry>> queue(CharacterId characterId, AccessToken token) {
        var op = EsiOperation.authed("/characters/" + characterId + "/skillqueue", GROUP, characterId);
        return esi.read(op, etag -> client.queue(characterId.value(), EsiJson.bearer(token), etag),
                EsiJson.list(SkillQueueEntryDto.class, SkillMapper::toDomain));
    }
}

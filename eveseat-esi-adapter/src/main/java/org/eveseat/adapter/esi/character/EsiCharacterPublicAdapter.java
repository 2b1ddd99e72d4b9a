package org.eveseat.adapter.esi.character;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.dto.PostCharactersAffiliation;
import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiRequest;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.EsiTable;
import org.eveseat.domain.character.model.Affiliation;
import org.eveseat.domain.character.model.CharacterPublicInfo;
import org.eveseat.domain.character.port.out.CharacterPublicEsi;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;

/**
 * Public character data over ESI: the profile (cached for a day) and affiliations. POST /characters/affiliation
 * answers at most 1000 characters a call, so larger sets go out in batches; it only reads, so a failed batch is
 * retried. Neither route is rate limited, only the error limit applies.
 */
@ApplicationScoped
public class EsiCharacterPublicAdapter implements CharacterPublicEsi {
    static final int MAX_IDS = 1000;

    private EsiTable esi;

    protected EsiCharacterPublicAdapter() {
    }

    @Inject
    public EsiCharacterPublicAdapter(EsiSettings settings, EsiGateway esi) {
        this.esi = new EsiTable(esi, settings);
    }

    @Override
    public EsiResult<CharacterPublicInfo> info(CharacterId characterId) {
        return esi.read(EsiRequest.of("GET /characters/{character_id}").with("character_id", characterId),
                EsiJson.one(CharacterDto.class, dto -> CharacterMapper.toDomain(characterId, dto)));
    }

    @Override
    public List<Affiliation> affiliations(Set<CharacterId> characterIds) {
        List<Long> ids = characterIds.stream().map(CharacterId::value).sorted().toList();
        // sorted, so that the same characters always make the same batches
        return IntStream.iterate(0, from -> from < ids.size(), from -> from + MAX_IDS)
                .mapToObj(from -> ids.subList(from, Math.min(from + MAX_IDS, ids.size())))
                .flatMap(batch -> esi.lookup(EsiRequest.of("POST /characters/affiliation").body(batch),
                        EsiJson.list(PostCharactersAffiliation.class, CharacterMapper::toDomain)).stream())
                .toList();
    }
}

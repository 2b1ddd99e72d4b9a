package org.eveseat.adapter.esi.standing;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.dto.CharactersCharacterIdStandings;
import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiRequest;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.EsiTable;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.model.Standing;
import org.eveseat.domain.character.model.StandingSource;
import org.eveseat.domain.character.port.out.StandingsEsi;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;

/**
 * A character's NPC standings (an operation of the ESI table: one cached answer, an hour, in the spec's social
 * group). Standings are the unmodified ones, which is what market fees use.
 */
@ApplicationScoped
public class EsiStandingsAdapter implements StandingsEsi {
    private EsiTable esi;

    protected EsiStandingsAdapter() {
    }

    @Inject
    public EsiStandingsAdapter(EsiSettings settings, EsiGateway esi) {
        this.esi = new EsiTable(esi, settings);
    }

    @Override
    public EsiResult<List<Standing>> standings(CharacterId characterId, AccessToken token) {
        var standings = EsiRequest.of("GET /characters/{character_id}/standings")
                .with("character_id", characterId.value()).token(token);
        return esi.read(standings, EsiJson.list(CharactersCharacterIdStandings.class, dto -> new Standing(dto.fromId(),
                StandingSource.fromEsi(dto.fromType()), Math.max(-10, Math.min(10, dto.standing())))));
    }
}

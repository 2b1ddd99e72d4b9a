package org.eveseat.adapter.esi.blueprint;

import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiRequest;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.EsiTable;
import org.eveseat.domain.blueprint.model.Blueprint;
import org.eveseat.domain.blueprint.port.out.BlueprintEsi;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;

/**
 * The blueprints of a character or corporation. Both routes are X-Pages resources of the same shape; every page
 * is walked and the quantity/runs encoding of originals and copies is handed to the domain as ESI sends it.
 */
@ApplicationScoped
public class EsiBlueprintAdapter implements BlueprintEsi {
    private static final Function<String, List<Blueprint>> PARSE =
            EsiJson.list(BlueprintDto.class, BlueprintMapper::toDomain);

    private EsiTable esi;

    protected EsiBlueprintAdapter() {
    }

    @Inject
    public EsiBlueprintAdapter(EsiSettings settings, EsiGateway esi) {
        this.esi = new EsiTable(esi, settings);
    }

    @Override
    public EsiResult<List<Blueprint>> characterBlueprints(CharacterId characterId, AccessToken token) {
        return esi.readPages(EsiRequest.of("GET /characters/{character_id}/blueprints")
                .with("character_id", characterId).token(token), PARSE);
    }

    @Override
    public EsiResult<List<Blueprint>> corporationBlueprints(CorporationId corporationId, AccessToken token) {
        return esi.readPages(EsiRequest.of("GET /corporations/{corporation_id}/blueprints")
                .with("corporation_id", corporationId).token(token), PARSE);
    }
}

package org.eveseat.adapter.esi.blueprint;

import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiOperation;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.RestClients;
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
    static final String CHARACTER_GROUP = "char-industry";
    static final String CORPORATION_GROUP = "corp-industry";
    private static final Function<String, List<Blueprint>> PARSE =
            EsiJson.list(BlueprintDto.class, BlueprintMapper::toDomain);

    private EsiBlueprintClient client;
    private EsiGateway esi;

    protected EsiBlueprintAdapter() {
    }

    @Inject
    public EsiBlueprintAdapter(EsiSettings settings, EsiGateway esi) {
        this.client = RestClients.build(EsiBlueprintClient.class, settings.baseUrl(), settings);
        this.esi = esi;
    }

    @Override
    public EsiResult<List<Blueprint>> characterBlueprints(CharacterId characterId, AccessToken token) {
        String path = "/characters/" + characterId + "/blueprints";
        return esi.readPages(EsiOperation.authed(path, CHARACTER_GROUP, characterId), (page, etag) ->
                client.characterBlueprints(characterId.value(), page, EsiJson.bearer(token), etag), PARSE);
    }

    @Override
    public EsiResult<List<Blueprint>> corporationBlueprints(CorporationId corporationId, AccessToken token) {
        String path = "/corporations/" + corporationId + "/blueprints";
        return esi.readPages(EsiOperation.corporation(path, CORPORATION_GROUP, corporationId), (page, etag) ->
                client.corporationBlueprints(corporationId.value(), page, EsiJson.bearer(token), etag), PARSE);
    }
}

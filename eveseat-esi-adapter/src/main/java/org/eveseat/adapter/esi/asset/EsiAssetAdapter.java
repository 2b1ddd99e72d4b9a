package org.eveseat.adapter.esi.asset;

import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiRequest;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.EsiTable;
import org.eveseat.domain.asset.model.Asset;
import org.eveseat.domain.asset.port.out.AssetEsi;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;

/**
 * Assets over ESI. Both inventories are X-Pages resources (a corporation's runs to many pages), walked whole by
 * the gateway so the caller always gets the complete tree; corporation assets need a Director's token.
 */
@ApplicationScoped
public class EsiAssetAdapter implements AssetEsi {
    private static final Function<String, List<Asset>> ASSETS = EsiJson.list(AssetDto.class, AssetMapper::toAsset);

    private EsiTable esi;

    protected EsiAssetAdapter() {
    }

    @Inject
    public EsiAssetAdapter(EsiSettings settings, EsiGateway esi) {
        this.esi = new EsiTable(esi, settings);
    }

    @Override
    public EsiResult<List<Asset>> characterAssets(CharacterId characterId, AccessToken token) {
        return esi.readPages(EsiRequest.of("GET /characters/{character_id}/assets").with("character_id", characterId)
                .token(token), ASSETS);
    }

    @Override
    public EsiResult<List<Asset>> corporationAssets(CorporationId corporationId, AccessToken token) {
        return esi.readPages(EsiRequest.of("GET /corporations/{corporation_id}/assets")
                .with("corporation_id", corporationId).token(token), ASSETS);
    }
}

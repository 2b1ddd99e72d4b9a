package org.eveseat.adapter.esi.asset;

import static org.eveseat.adapter.esi.common.EsiJson.bearer;

import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiOperation;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.RestClients;
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
    static final String CHARACTER_GROUP = "char-asset";
    static final String CORPORATION_GROUP = "corp-asset";

    private static final Function<String, List<Asset>> ASSETS = EsiJson.list(AssetDto.class, AssetMapper::toAsset);

    private EsiAssetClient client;
    private EsiGateway esi;

    protected EsiAssetAdapter() {
    }

    @Inject
    public EsiAssetAdapter(EsiSettings settings, EsiGateway esi) {
        this.client = RestClients.build(EsiAssetClient.class, settings.baseUrl(), settings);
        this.esi = esi;
    }

    @Override
    public EsiResult<List<Asset>> characterAssets(CharacterId characterId, AccessToken token) {
        var op = EsiOperation.authed("/characters/" + characterId + "/assets", CHARACTER_GROUP, characterId);
        return esi.readPages(op, (page, etag) -> client.characterAssets(characterId.value(), page, bearer(token),
                etag), ASSETS);
    }

    @Override
    public EsiResult<List<Asset>> corporationAssets(CorporationId corporationId, AccessToken token) {
        var op = EsiOperation.corporation("/corporations/" + corporationId + "/assets", CORPORATION_GROUP,
                corporationId);
        return esi.readPages(op, (page, etag) -> client.corporationAssets(corporationId.value(), page,
                bearer(token), etag), ASSETS);
    }
}

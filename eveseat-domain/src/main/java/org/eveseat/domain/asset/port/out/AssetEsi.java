package org.eveseat.domain.asset.port.out;

import java.util.List;

import org.eveseat.domain.asset.model.Asset;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;

/**
 * The assets of a character or corporation on ESI (corporation assets need the Director role). Both are paged;
 * the implementation walks all pages, so the list is the whole inventory.
 */
public interface AssetEsi {
    EsiResult<List<Asset>> characterAssets(CharacterId characterId, AccessToken token);

    EsiResult<List<Asset>> corporationAssets(CorporationId corporationId, AccessToken token);
}

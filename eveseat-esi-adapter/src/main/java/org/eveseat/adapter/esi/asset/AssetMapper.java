package org.eveseat.adapter.esi.asset;

import org.eveseat.domain.asset.model.Asset;
import org.eveseat.domain.asset.model.LocationType;
import org.eveseat.domain.shared.LocationFlag;
import org.eveseat.domain.shared.TypeId;

/** ESI asset DTOs onto the domain; the location flag keeps ESI's spelling, so flags added later survive. */
final class AssetMapper {
    private AssetMapper() {
    }

    static Asset toAsset(AssetDto dto) {
        return new Asset(dto.itemId(), new TypeId(dto.typeId()), dto.quantity(), dto.locationId(),
                LocationType.fromEsi(dto.locationType()), LocationFlag.fromEsi(dto.locationFlag()), dto.isSingleton(),
                dto.isBlueprintCopy());
    }
}

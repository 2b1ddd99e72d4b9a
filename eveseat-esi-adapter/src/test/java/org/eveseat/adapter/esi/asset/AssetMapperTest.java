package org.eveseat.adapter.esi.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.domain.asset.model.Asset;
import org.eveseat.domain.asset.model.LocationType;
import org.eveseat.domain.shared.LocationFlag;
import org.eveseat.domain.shared.TypeId;
import org.junit.jupiter.api.Test;

/**
 * Spec-shaped ESI asset bodies (swagger.json 2026-08-04) onto the model. The fake ESI does not serve the asset
 * routes yet, so the mapping is checked on the bodies themselves.
 */
class AssetMapperTest {
    @Test
    void itemsInsideAShipPointAtItAndFlagsKeepEsisSpelling() {
        String body = """
                [{"item_id": 1000000016835, "type_id": 24698, "quantity": 1, "location_id": 60003760,
                  "location_type": "station", "location_flag": "Hangar", "is_singleton": true},
                 {"item_id": 1000000016836, "type_id": 2281, "quantity": 1, "location_id": 1000000016835,
                  "location_type": "item", "location_flag": "MedSlot0", "is_singleton": true},
                 {"item_id": 1000000016837, "type_id": 1137, "quantity": 3, "location_id": 1000000016838,
                  "location_type": "item", "location_flag": "CorpSAG3", "is_singleton": false,
                  "is_blueprint_copy": true}]""";

        List<Asset> assets = EsiJson.list(AssetDto.class, AssetMapper::toAsset).apply(body);

        assertThat(assets).containsExactly(
                new Asset(1000000016835L, new TypeId(24698), 1, 60003760L, LocationType.STATION, LocationFlag.HANGAR,
                        true, null),
                new Asset(1000000016836L, new TypeId(2281), 1, 1000000016835L, LocationType.ITEM,
                        new LocationFlag("MedSlot0"), true, null),
                new Asset(1000000016837L, new TypeId(1137), 3, 1000000016838L, LocationType.ITEM,
                        new LocationFlag("CorpSAG3"), false, true));
        assertThat(assets.get(2).locationFlag().corporationHangarDivision()).isEqualTo(3);
    }
}

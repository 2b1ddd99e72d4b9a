package org.eveseat.adapter.esi.blueprint;

import org.eveseat.domain.blueprint.model.Blueprint;
import org.eveseat.domain.shared.LocationFlag;
import org.eveseat.domain.shared.TypeId;

final class BlueprintMapper {
    private BlueprintMapper() {
    }

    static Blueprint toDomain(BlueprintDto dto) {
        return new Blueprint(dto.itemId(), new TypeId(dto.typeId()), dto.locationId(),
                LocationFlag.fromEsi(dto.locationFlag()), dto.quantity(), dto.runs(), dto.materialEfficiency(),
                dto.timeEfficiency());
    }
}

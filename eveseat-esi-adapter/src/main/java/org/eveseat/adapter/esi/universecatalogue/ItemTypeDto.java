package org.eveseat.adapter.esi.universecatalogue;

import java.math.BigDecimal;
import java.util.List;

/** An inventory type as ESI sends it; all but the id, name, description, group and published flag may be absent. */
public record ItemTypeDto(long typeId, String name, String description, boolean published, long groupId,
                          Long marketGroupId, BigDecimal volume, BigDecimal packagedVolume, BigDecimal capacity,
                          BigDecimal mass, BigDecimal radius, Integer portionSize, Long graphicId, Long iconId,
                          List<AttributeDto> dogmaAttributes, List<EffectDto> dogmaEffects) {
    public record AttributeDto(long attributeId, BigDecimal value) {
    }

    public record EffectDto(long effectId, boolean isDefault) {
    }
}

package org.eveseat.adapter.esi.universecatalogue;

import java.math.BigDecimal;

/** A position in space as ESI sends it, in metres. */
public record PositionDto(BigDecimal x, BigDecimal y, BigDecimal z) {
}

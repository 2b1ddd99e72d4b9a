package org.eveseat.adapter.esi.universe;

import java.math.BigDecimal;

/** A position in space as ESI sends it, in metres. */
public record PositionDto(BigDecimal x, BigDecimal y, BigDecimal z) {
}

package org.eveseat.adapter.esi.status;

import java.time.LocalDate;
import java.util.List;

/** The compatibility dates ESI accepts, as it sends them. */
public record CompatibilityDatesDto(List<LocalDate> compatibilityDates) {
}

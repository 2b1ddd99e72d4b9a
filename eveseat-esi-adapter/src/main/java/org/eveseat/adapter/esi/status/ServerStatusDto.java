package org.eveseat.adapter.esi.status;

import java.time.Instant;

/** Tranquility's status as ESI sends it; {@code vip} is absent outside VIP mode. */
public record ServerStatusDto(int players, String serverVersion, Instant startTime, Boolean vip) {
}

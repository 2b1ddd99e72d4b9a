package org.eveseat.fake.ledger;

import java.time.Instant;

/** Tranquility's status ({@code GET /status}). */
public record ServerStatus(long players, String serverVersion, Instant startTime, Boolean vip) {
}

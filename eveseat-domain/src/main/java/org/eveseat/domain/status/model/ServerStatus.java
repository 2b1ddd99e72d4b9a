package org.eveseat.domain.status.model;

import java.time.Instant;

import org.eveseat.domain.shared.Require;

/**
 * Tranquility's status: players online, the build it runs and when it last started (after the daily downtime a
 * fresh start time says ESI's daily caches have turned over). {@code vip} is true while only staff may log in.
 */
public record ServerStatus(int players, String serverVersion, Instant startTime, boolean vip) {
    public ServerStatus {
        Require.notNegative(players, "players");
        Require.present(serverVersion, "server version");
        Require.present(startTime, "start time");
    }
}

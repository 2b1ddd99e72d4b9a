package org.eveseat.domain.character.model;

import java.time.Instant;

/** Whether a pilot is logged in to the game, and when they last logged in and out (null where ESI has none). */
public record PilotOnline(boolean online, Instant lastLogin, Instant lastLogout, Integer logins) {
}

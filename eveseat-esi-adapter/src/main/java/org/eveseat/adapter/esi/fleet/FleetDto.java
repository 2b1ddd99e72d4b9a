package org.eveseat.adapter.esi.fleet;

/** A fleet's settings as ESI sends them. */
public record FleetDto(boolean isFreeMove, boolean isRegistered, boolean isVoiceEnabled, String motd) {
}

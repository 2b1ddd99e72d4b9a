package org.eveseat.adapter.esi.standing;

/** One NPC standing as ESI sends it: {@code from_type} is agent, npc_corp or faction. */
public record StandingDto(long fromId, String fromType, double standing) {
}

package org.eveseat.adapter.esi.killmail;

/** An entry of a recent-killmails page as ESI sends it. */
public record KillmailRefDto(long killmailId, String killmailHash) {
}

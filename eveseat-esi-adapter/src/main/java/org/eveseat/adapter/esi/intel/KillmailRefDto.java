package org.eveseat.adapter.esi.intel;

/** One entry of a war's killmail list. */
public record KillmailRefDto(long killmailId, String killmailHash) {
}

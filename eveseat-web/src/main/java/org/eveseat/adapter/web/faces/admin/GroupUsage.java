package org.eveseat.adapter.web.faces.admin;

/** Rate-limit tokens one ESI group has used in its current window, over all characters, and its per-character limit. */
public record GroupUsage(String group, int tokensUsed, String limitPerCharacter) {
}

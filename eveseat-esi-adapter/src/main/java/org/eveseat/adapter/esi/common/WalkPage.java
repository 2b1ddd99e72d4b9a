package org.eveseat.adapter.esi.common;

import java.time.Instant;

import org.eveseat.domain.shared.EsiPage;

/**
 * One page of an X-Pages resource with the headers that tell which ESI snapshot it belongs to (Last-Modified, the
 * same on every page of one snapshot) and when that snapshot's cache ends, for a caller that checks its own walk.
 */
public record WalkPage<T>(EsiPage<T> page, String lastModified, Instant expires) {
}

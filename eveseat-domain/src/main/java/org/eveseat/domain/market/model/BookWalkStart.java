package org.eveseat.domain.market.model;

import java.time.Instant;

import org.eveseat.domain.shared.Require;

/**
 * How a sync of a region's book begins: a walk to make (a new one, or one a stopped run left), or nothing to do
 * because ESI's book has not changed or is still cached ({@code walk} null). {@code expires}: ESI's cache end.
 */
public record BookWalkStart(BookWalk walk, Instant expires) {
    public BookWalkStart {
        Require.present(expires, "expires");
    }

    public static BookWalkStart upToDate(Instant expires) {
        return new BookWalkStart(null, expires);
    }

    public static BookWalkStart of(BookWalk walk) {
        return new BookWalkStart(walk, walk.expiresAt());
    }

    public boolean upToDate() {
        return walk == null;
    }
}

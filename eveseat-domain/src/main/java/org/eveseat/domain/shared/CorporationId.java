package org.eveseat.domain.shared;

/** An EVE corporation id, player-owned or NPC. */
public record CorporationId(long value) {
    public CorporationId {
        Require.positive(value, "corporation id");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

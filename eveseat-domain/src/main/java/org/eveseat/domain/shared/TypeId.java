package org.eveseat.domain.shared;

/** An inventory type id: what kind of item, ship, skill or structure something is. */
public record TypeId(long value) {
    public TypeId {
        Require.positive(value, "type id");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

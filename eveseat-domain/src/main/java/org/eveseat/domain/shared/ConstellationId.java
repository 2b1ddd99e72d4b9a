package org.eveseat.domain.shared;

/** A constellation id: a group of solar systems inside a region. */
public record ConstellationId(long value) {
    public ConstellationId {
        Require.positive(value, "constellation id");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

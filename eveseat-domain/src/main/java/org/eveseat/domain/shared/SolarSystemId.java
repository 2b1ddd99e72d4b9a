package org.eveseat.domain.shared;

/** A solar system id. */
public record SolarSystemId(long value) {
    public SolarSystemId {
        Require.positive(value, "solar system id");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

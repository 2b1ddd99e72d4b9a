package org.eveseat.domain.shared;

/** A region id: markets and public contracts are listed per region. */
public record RegionId(long value) {
    public RegionId {
        Require.positive(value, "region id");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

package org.eveseat.domain.shared;

/** An EVE alliance id. */
public record AllianceId(long value) {
    public AllianceId {
        Require.positive(value, "alliance id");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

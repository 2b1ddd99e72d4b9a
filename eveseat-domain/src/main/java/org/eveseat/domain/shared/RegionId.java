package org.eveseat.domain.shared;

/** A region id: markets and public contracts are listed per region. */
public record RegionId(long value) {
    public RegionId {
        Require.positive(value, "region id");
    }

    public static RegionId parse(String text) {
        try {
            return new RegionId(Long.parseLong(text == null ? "" : text.trim()));
        } catch (NumberFormatException e) {
            throw new RuleViolationException("region id must be a number, was '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

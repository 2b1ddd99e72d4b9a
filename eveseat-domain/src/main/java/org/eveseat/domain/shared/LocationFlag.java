package org.eveseat.domain.shared;

/**
 * Where inside its location an item sits (a hangar, a fitting slot, a cargo bay, a corporation hangar division),
 * as ESI spells it, e.g. {@code Hangar} or {@code CorpSAG3}. ESI lists well over a hundred flags and adds new ones
 * without a new compatibility date, so the flag keeps ESI's string instead of collapsing unknown flags into one
 * constant: assets and blueprints keep their true place.
 */
public record LocationFlag(String esiValue) {
    public static final LocationFlag HANGAR = new LocationFlag("Hangar");
    public static final LocationFlag ASSET_SAFETY = new LocationFlag("AssetSafety");
    public static final LocationFlag DELIVERIES = new LocationFlag("Deliveries");

    public LocationFlag {
        Require.text(esiValue, 100, "location flag");
    }

    public static LocationFlag fromEsi(String value) {
        return value == null ? null : new LocationFlag(value);
    }

    /** The corporation hangar division (1-7) for the flags {@code CorpSAG1}..{@code CorpSAG7}, else 0. */
    public int corporationHangarDivision() {
        return esiValue.matches("CorpSAG[1-7]") ? esiValue.charAt(7) - '0' : 0;
    }
}

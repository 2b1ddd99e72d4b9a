package org.eveseat.domain.universe.model;

/**
 * High-sec, low-sec or null-sec by a system's true security status, as the game rounds it: 0.45 and above shows
 * as 0.5 or more (high), anything above 0.0 as at least 0.1 (low), the rest as 0.0 or less (null).
 */
public enum SecurityBand {
    HIGH, LOW, NULL;

    public static SecurityBand of(double security) {
        if (security >= 0.45) {
            return HIGH;
        }
        return security > 0.0 ? LOW : NULL;
    }
}

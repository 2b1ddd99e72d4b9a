package org.eveseat.archfixture.rule4.domain.parcel.port.in;

/** Breaks rule 4: a plain class with logic in a port package. */
public final class ShippingRates {
    private ShippingRates() {
    }

    public static long rateFor(int weight) {
        return 5L * weight;
    }
}

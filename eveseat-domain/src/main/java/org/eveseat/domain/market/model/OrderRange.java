package org.eveseat.domain.market.model;

import org.eveseat.domain.shared.EsiEnum;

/**
 * How far from its station a buy order accepts sellers: the station, the solar system, a number of jumps or the
 * whole region. Sell orders are always {@code REGION}. UNKNOWN stands for a range ESI added later.
 */
public enum OrderRange implements EsiEnum {
    STATION("station"), SOLAR_SYSTEM("solarsystem"), JUMPS_1("1"), JUMPS_2("2"), JUMPS_3("3"), JUMPS_4("4"),
    JUMPS_5("5"), JUMPS_10("10"), JUMPS_20("20"), JUMPS_30("30"), JUMPS_40("40"), REGION("region"), UNKNOWN("");

    private final String esiValue;

    OrderRange(String esiValue) {
        this.esiValue = esiValue;
    }

    @Override
    public String esiValue() {
        return esiValue;
    }

    public static OrderRange fromEsi(String value) {
        return EsiEnum.lenient(OrderRange.class, value, UNKNOWN);
    }
}

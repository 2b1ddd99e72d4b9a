package org.eveseat.domain.universe.model;

import java.util.Locale;

import org.eveseat.domain.shared.EsiEnum;

/**
 * A service an NPC station offers. ESI spells two of them wrongly ({@code assasination-missions},
 * {@code labratory}); the constants keep ESI's spelling so they match. UNKNOWN stands for a service ESI added
 * later.
 */
public enum StationService implements EsiEnum {
    BOUNTY_MISSIONS, ASSASINATION_MISSIONS, COURIER_MISSIONS, INTERBUS, REPROCESSING_PLANT, REFINERY, MARKET,
    BLACK_MARKET, STOCK_EXCHANGE, CLONING, SURGERY, DNA_THERAPY, REPAIR_FACILITIES, FACTORY, LABRATORY, GAMBLING,
    FITTING, PAINTSHOP, NEWS, STORAGE, INSURANCE, DOCKING, OFFICE_RENTAL, JUMP_CLONE_FACILITY, LOYALTY_POINT_STORE,
    NAVY_OFFICES, SECURITY_OFFICES, UNKNOWN;

    @Override
    public String esiValue() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static StationService fromEsi(String value) {
        return EsiEnum.lenient(StationService.class, value, UNKNOWN);
    }
}

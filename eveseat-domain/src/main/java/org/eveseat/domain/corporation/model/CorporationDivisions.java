package org.eveseat.domain.corporation.model;

import java.util.List;

import org.eveseat.domain.shared.Require;

/**
 * The names a corporation gave its seven hangar and seven wallet divisions. Unnamed divisions have a null name.
 */
public record CorporationDivisions(List<Division> hangar, List<Division> wallet) {
    public CorporationDivisions {
        hangar = Require.list(hangar, 0, 7, "hangar divisions");
        wallet = Require.list(wallet, 0, 7, "wallet divisions");
    }

    public record Division(int number, String name) {
        public Division {
            Require.between(number, 1, 7, "division");
        }
    }
}

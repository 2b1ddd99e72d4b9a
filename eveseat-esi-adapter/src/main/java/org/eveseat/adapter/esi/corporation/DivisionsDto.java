package org.eveseat.adapter.esi.corporation;

import java.util.List;

/** The names of a corporation's hangar and wallet divisions; ESI leaves out names never set. */
public record DivisionsDto(List<Division> hangar, List<Division> wallet) {
    public record Division(Integer division, String name) {
    }
}

package org.eveseat.domain.corporation.model;

import java.util.Set;

import org.eveseat.domain.shared.Require;

/**
 * Roles of a member split by where they apply: everywhere, or only at headquarters, at the member's base or at
 * other corporation offices (the hangar and container roles).
 */
public record RoleSet(Set<CorporationRole> everywhere, Set<CorporationRole> atHq, Set<CorporationRole> atBase,
                      Set<CorporationRole> atOther) {
    public static final RoleSet NONE = new RoleSet(Set.of(), Set.of(), Set.of(), Set.of());

    public RoleSet {
        everywhere = Require.set(everywhere, 0, Integer.MAX_VALUE, "roles");
        atHq = Require.set(atHq, 0, Integer.MAX_VALUE, "roles at HQ");
        atBase = Require.set(atBase, 0, Integer.MAX_VALUE, "roles at base");
        atOther = Require.set(atOther, 0, Integer.MAX_VALUE, "roles at other offices");
    }

    /** Whether the role applies everywhere; a Director holds every role. */
    public boolean has(CorporationRole role) {
        return role != CorporationRole.UNKNOWN
                && (everywhere.contains(role) || everywhere.contains(CorporationRole.DIRECTOR));
    }
}

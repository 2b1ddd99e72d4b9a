package org.eveseat.domain.universe.model;

/** The EVE SSO scopes the universe feature reads with. */
public final class UniverseScopes {
    public static final String READ_STRUCTURES = "esi-universe.read_structures.v1";

    private UniverseScopes() {
    }
}

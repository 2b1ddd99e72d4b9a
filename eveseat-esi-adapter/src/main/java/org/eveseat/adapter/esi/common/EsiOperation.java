package org.eveseat.adapter.esi.common;

import org.eveseat.domain.shared.CharacterId;

/**
 * One ESI call's identity for the budgets and the cache: the resource (path with ids filled in, plus query),
 * its rate-limit group from the spec, and whose bucket it is charged to (ESI keys buckets by character).
 */
public record EsiOperation(String resource, String group, String bucket) {
    public static EsiOperation authed(String resource, String group, CharacterId character) {
        return new EsiOperation(resource + "#" + character, group, character.toString());
    }

    public static EsiOperation open(String resource, String group) {
        return new EsiOperation(resource, group, "public");
    }
}

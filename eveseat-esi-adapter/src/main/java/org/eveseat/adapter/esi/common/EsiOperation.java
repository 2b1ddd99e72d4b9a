package org.eveseat.adapter.esi.common;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;

/**
 * One ESI call's identity for the budgets and the cache: the resource (path with ids filled in, plus query),
 * its rate-limit group from the spec, and whose bucket it is charged to (ESI keys buckets by character).
 */
public record EsiOperation(String resource, String group, String bucket) {
    public static EsiOperation authed(String resource, String group, CharacterId character) {
        return new EsiOperation(resource + "#" + character, group, character.toString());
    }

    /** Corporation routes: the token's character is not known here, so the corporation stands for the bucket. */
    public static EsiOperation corporation(String resource, String group, CorporationId corporation) {
        return new EsiOperation(resource, group, "corporation:" + corporation);
    }

    /** Routes whose token's character is not known here: the owner (alliance, fleet...) stands for the bucket. */
    public static EsiOperation owned(String resource, String group, String ownerKind, long ownerId) {
        return new EsiOperation(resource, group, ownerKind + ":" + ownerId);
    }

    public static EsiOperation open(String resource, String group) {
        return new EsiOperation(resource, group, "public");
    }
}

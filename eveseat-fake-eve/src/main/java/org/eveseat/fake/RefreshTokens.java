package org.eveseat.fake;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Opaque refresh tokens with rotation: each use replaces the token, the old one stops working. */
final class RefreshTokens {

    record Rotated(String refreshToken, SsoCharacter grant) {
    }

    private final Map<String, SsoCharacter> live = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> refreshes = new ConcurrentHashMap<>();

    String issue(SsoCharacter grant) {
        String token = Pkce.randomToken(32);
        live.put(token, grant);
        return token;
    }

    Optional<Rotated> rotate(String refreshToken) {
        Optional<SsoCharacter> grant = Optional.ofNullable(refreshToken).map(live::remove);
        grant.ifPresent(g -> refreshes.computeIfAbsent(g.characterId(), id -> new AtomicInteger()).incrementAndGet());
        return grant.map(g -> new Rotated(issue(g), g));
    }

    void revoke(String refreshToken) {
        live.remove(refreshToken);
    }

    void revokeAll(long characterId) {
        live.values().removeIf(grant -> grant.characterId() == characterId);
    }

    int refreshCount(long characterId) {
        AtomicInteger count = refreshes.get(characterId);
        return count == null ? 0 : count.get();
    }
}

package org.eveseat.fake;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Authorization codes handed out by the authorize endpoint: single use, short-lived. */
final class AuthorizationCodes {

    record Pending(String codeChallenge, SsoCharacter character, String redirectUri, Instant expiresAt) {
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    String issue(String codeChallenge, SsoCharacter character, String redirectUri, Duration lifetime) {
        String code = Pkce.randomToken(16);
        pending.put(code, new Pending(codeChallenge, character, redirectUri, Instant.now().plus(lifetime)));
        return code;
    }

    /** Takes the code out whatever happens next, so that it cannot be tried twice. */
    Optional<Pending> redeem(String code) {
        return Optional.ofNullable(code)
                .map(pending::remove)
                .filter(found -> found.expiresAt().isAfter(Instant.now()));
    }
}

package org.eveseat.domain.testing;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.model.SsoGrant;
import org.eveseat.domain.character.port.out.EveSso;
import org.eveseat.domain.character.port.out.TokenRevokedException;
import org.eveseat.domain.shared.CharacterId;

/** An EVE SSO that logs in whoever is set next and rotates refresh tokens like the real one. */
public final class ScriptedSso implements EveSso {
    private SsoGrant nextLogin;
    private Instant accessExpiry;
    private final Set<String> liveRefreshTokens = new HashSet<>();
    public final AtomicInteger refreshes = new AtomicInteger();

    public ScriptedSso(Instant accessExpiry) {
        this.accessExpiry = accessExpiry;
    }

    public void loginAs(long characterId, String name, String ownerHash, Set<String> scopes) {
        String refresh = "refresh-" + characterId + "-" + liveRefreshTokens.size();
        liveRefreshTokens.add(refresh);
        nextLogin = new SsoGrant(new CharacterId(characterId), name, ownerHash, scopes,
                new AccessToken("access-" + characterId, accessExpiry), refresh);
    }

    public void accessExpiry(Instant expiry) {
        this.accessExpiry = expiry;
    }

    public void revokeAll() {
        liveRefreshTokens.clear();
    }

    @Override
    public SsoGrant exchangeCode(String code, String codeVerifier) {
        return nextLogin;
    }

    @Override
    public SsoGrant refresh(String refreshToken) {
        if (!liveRefreshTokens.remove(refreshToken)) {
            throw new TokenRevokedException("invalid_grant");
        }
        refreshes.incrementAndGet();
        String rotated = refreshToken + "-r";
        liveRefreshTokens.add(rotated);
        return new SsoGrant(nextLogin.characterId(), nextLogin.characterName(), nextLogin.ownerHash(),
                nextLogin.scopes(), new AccessToken("access-" + refreshes.get(), accessExpiry), rotated);
    }
}

package org.eveseat.archfixture.clean.adapter.esi.sso;

/** EVE SSO; part of the character feature. */
public class SsoTokens {
    public String accessToken(long characterId) {
        return "token-" + characterId;
    }
}

package org.eveseat.archfixture.clean.adapter.esi.character;

import org.eveseat.archfixture.clean.adapter.esi.common.EsiCall;
import org.eveseat.archfixture.clean.adapter.esi.sso.SsoTokens;

/** Reads characters from ESI with SSO tokens: the same feature as the sso package. */
public class EsiCharacterAdapter {
    private final SsoTokens tokens = new SsoTokens();

    public Object client(long characterId) {
        tokens.accessToken(characterId);
        return EsiCall.builder();
    }
}

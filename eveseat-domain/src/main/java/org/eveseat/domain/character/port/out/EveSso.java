package org.eveseat.domain.character.port.out;

import org.eveseat.domain.character.model.SsoGrant;

/**
 * EVE SSO, the only source of character identity. Implementations verify the returned access token (signature,
 * issuer, audience, expiry, subject) before handing out a grant, so a grant can be trusted as it is.
 */
public interface EveSso {
    SsoGrant exchangeCode(String code, String codeVerifier);

    /** @throws TokenRevokedException when SSO refuses the refresh token for good */
    SsoGrant refresh(String refreshToken);
}

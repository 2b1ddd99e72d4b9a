package org.eveseat.adapter.web.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.domain.character.port.in.SessionRevokedQuery;

/** A session token is good when it is genuine, unexpired and not logged out: the one test the API and console share. */
@ApplicationScoped
public class SessionCheck {
    @Inject
    SessionTokens tokens;

    @Inject
    SessionRevokedQuery revoked;

    public Optional<SessionPrincipal> principal(String token) {
        return tokens.verify(token).filter(p -> !revoked.isRevoked(p.getTokenID()));
    }
}

package org.eveseat.adapter.web.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.domain.character.port.in.AdminRoleQuery;
import org.eveseat.domain.character.port.in.SessionRevokedQuery;

/**
 * A session token is good when it is genuine, unexpired and not logged out: the one test the API, the console and
 * the sockets share. A token issued with the admin role counts as a user's once the role is taken away.
 */
@ApplicationScoped
public class SessionCheck {
    @Inject
    SessionTokens tokens;

    @Inject
    SessionRevokedQuery revoked;

    @Inject
    AdminRoleQuery adminRoles;

    public Optional<SessionPrincipal> principal(String token) {
        return tokens.verify(token).filter(p -> !revoked.isRevoked(p.getTokenID()))
                .map(p -> p.isAdmin() && !adminRoles.isAdmin(p.accountId()) ? p.withoutAdmin() : p);
    }
}

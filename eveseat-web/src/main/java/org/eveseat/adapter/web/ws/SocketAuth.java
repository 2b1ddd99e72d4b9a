package org.eveseat.adapter.web.ws;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.web.security.SessionCheck;
import org.eveseat.adapter.web.security.SessionPrincipal;
import org.eveseat.domain.shared.Viewer;

/** A socket is let in on the same terms as an API call: a genuine, unexpired session token not logged out. */
@ApplicationScoped
public class SocketAuth {
    @Inject
    SessionCheck sessions;

    public Optional<Grant> verify(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return sessions.principal(token).map(SocketAuth::grantOf);
    }

    private static Grant grantOf(SessionPrincipal principal) {
        return new Grant(principal.viewer(), principal.getTokenID(),
                Instant.ofEpochSecond(principal.getExpirationTime()));
    }

    /** Who the socket belongs to, its session (a logout closes it) and when that ends (the socket is closed then). */
    public record Grant(Viewer viewer, String sessionId, Instant expiresAt) {
    }
}

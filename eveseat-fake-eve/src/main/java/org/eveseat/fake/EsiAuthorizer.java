package org.eveseat.fake;

import com.sun.net.httpserver.HttpExchange;
import org.eveseat.fake.ledger.CharacterLedger;

import java.util.Map;
import java.util.Optional;

/**
 * ESI's checks before an authenticated route answers: a valid bearer token with the route's scope, for the
 * path's character, a member of the path's corporation or alliance and holding one of the route's roles.
 * The token's character becomes known to the ledger, with the token's name unless a test named it.
 */
final class EsiAuthorizer {

    static final String MISSING_ROLES = "Character does not have required role(s)";

    private final FakeEveSso sso;
    private final FakeLedger ledger;

    EsiAuthorizer(FakeEveSso sso, FakeLedger ledger) {
        this.sso = sso;
        this.ledger = ledger;
    }

    /** The verified token, or null for a public route. */
    AccessTokenClaims authorize(HttpExchange exchange, EsiRoute route, Map<String, String> params) {
        if (route.requiredScope() == null) {
            return null;
        }
        String jwt = bearerToken(exchange).orElseThrow(() -> unauthorized("authorization not provided"));
        AccessTokenClaims token;
        try {
            token = sso.verifyAccessToken(jwt);
        } catch (InvalidAccessTokenException e) {
            throw unauthorized("invalid token: " + e.getMessage());
        }
        if (!token.hasScope(route.requiredScope())) {
            throw HttpError.esi(403, "token not valid for scope");
        }
        if (params.containsKey("character_id")
                && !params.get("character_id").equals(String.valueOf(token.characterId()))) {
            throw HttpError.esi(403, "token is not for character " + params.get("character_id"));
        }
        checkMembership(ledger.character(token.characterId()).nameIfUnset(token.name()), route, params);
        return token;
    }

    private void checkMembership(CharacterLedger character, EsiRoute route, Map<String, String> params) {
        String corporation = params.get("corporation_id");
        if (corporation != null) {
            boolean member = corporation.equals(String.valueOf(character.corporationId()));
            if (!route.requiredRoles().isEmpty() && !(member && character.hasAnyRole(route.requiredRoles()))) {
                throw HttpError.esi(403, MISSING_ROLES);
            }
            if (!member) {
                throw HttpError.esi(403, "Character is not in the corporation");
            }
        }
        String alliance = params.get("alliance_id");
        if (alliance != null && !alliance.equals(
                String.valueOf(ledger.corporation(character.corporationId()).allianceId()))) {
            throw HttpError.esi(403, "Character is not in the alliance");
        }
    }

    static Optional<String> bearerToken(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? Optional.of(header.substring(7).trim())
                : Optional.empty();
    }

    private static HttpError unauthorized(String message) {
        return HttpError.esi(401, message).withHeader("WWW-Authenticate", "Bearer");
    }
}

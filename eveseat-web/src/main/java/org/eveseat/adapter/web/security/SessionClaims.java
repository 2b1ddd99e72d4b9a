package org.eveseat.adapter.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.nimbusds.jwt.JWTClaimsSet;

/**
 * The time claims of a session token: issued (iat) not in the future, valid from (nbf) already reached, not
 * expired (exp), and never valid for longer than the server issues sessions for. A small skew allows for the
 * clocks of cluster nodes that issue and check each other's tokens.
 */
final class SessionClaims {
    static final Duration SKEW = Duration.ofSeconds(60);

    private SessionClaims() {
    }

    static boolean timely(JWTClaimsSet claims, Instant now, Duration maxLifetime) {
        Instant issued = instant(claims.getIssueTime());
        Instant expires = instant(claims.getExpirationTime());
        Instant notBefore = instant(claims.getNotBeforeTime());
        return issued != null && expires != null
                && !issued.isAfter(now.plus(SKEW))
                && (notBefore == null || !notBefore.isAfter(now.plus(SKEW)))
                && expires.isAfter(now)
                && !expires.isAfter(issued.plus(maxLifetime));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}

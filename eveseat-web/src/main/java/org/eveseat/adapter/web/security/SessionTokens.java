package org.eveseat.adapter.web.security;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eveseat.domain.character.model.Account;

/**
 * EVESeat's own session tokens: short-lived RS256 JWTs in MicroProfile JWT shape (upn, groups, jti), issued after
 * an SSO login and checked on every API call. Only the algorithm we sign with is accepted, and only a token that
 * is no longer-lived than the configured lifetime (see {@link SessionClaims}).
 */
@ApplicationScoped
public class SessionTokens {
    public static final String ISSUER = "eveseat";
    public static final String USER_GROUP = "user";
    public static final String ADMIN_GROUP = "admin";

    private SessionSigningKey signingKey;
    private Duration lifetime;
    private Clock clock;

    protected SessionTokens() {
    }

    @Inject
    public SessionTokens(SessionSigningKey signingKey,
                         @ConfigProperty(name = "eveseat.session.lifetime-minutes", defaultValue = "60") long minutes) {
        this(signingKey, Duration.ofMinutes(minutes), Clock.systemUTC());
    }

    public SessionTokens(SessionSigningKey signingKey, Duration lifetime, Clock clock) {
        this.signingKey = signingKey;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public IssuedSession issue(Account account) {
        Instant now = clock.instant();
        Instant expires = now.plus(lifetime);
        String sessionId = UUID.randomUUID().toString();
        List<String> groups = account.isAdmin() ? List.of(USER_GROUP, ADMIN_GROUP) : List.of(USER_GROUP);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER).audience(ISSUER).subject(Long.toString(account.id().value()))
                .claim("upn", Long.toString(account.id().value())).claim("groups", groups)
                .jwtID(sessionId).issueTime(Date.from(now)).expirationTime(Date.from(expires)).build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(signingKey.key().getKeyID()).build();
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(new RSASSASigner(signingKey.key()));
            return new IssuedSession(jwt.serialize(), sessionId, expires);
        } catch (JOSEException e) {
            throw new IllegalStateException("session token could not be signed", e);
        }
    }

    /** The principal of a genuine session token within its time claims; empty for anything else. */
    public Optional<SessionPrincipal> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
                    || !jwt.verify(new RSASSAVerifier(signingKey.key().toRSAPublicKey()))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            boolean valid = ISSUER.equals(claims.getIssuer()) && claims.getAudience().contains(ISSUER)
                    && SessionClaims.timely(claims, clock.instant(), lifetime)
                    && claims.getJWTID() != null && claims.getSubject() != null && claims.getSubject().matches("[1-9][0-9]{0,18}");
            return valid ? Optional.of(new SessionPrincipal(claims, token)) : Optional.empty();
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }

    /** A freshly signed token with its id (for logout) and expiry (for the cookie). */
    public record IssuedSession(String token, String sessionId, Instant expiresAt) {
    }
}

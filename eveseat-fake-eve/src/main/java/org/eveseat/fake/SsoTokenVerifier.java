package org.eveseat.fake;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** Checks access tokens the way a resource server (the fake ESI) does: signature, issuer, audience, expiry. */
final class SsoTokenVerifier {

    private static final String SUBJECT_PREFIX = "CHARACTER:EVE:";

    private final SsoSigningKeys keys;
    private final String clientId;
    private final Supplier<String> issuer;

    SsoTokenVerifier(SsoSigningKeys keys, String clientId, Supplier<String> issuer) {
        this.keys = keys;
        this.clientId = clientId;
        this.issuer = issuer;
    }

    AccessTokenClaims verify(String token) throws InvalidAccessTokenException {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            checkSignature(jwt);
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            check(issuer.get().equals(claims.getIssuer()), "wrong issuer");
            check(claims.getAudience().contains(clientId) && claims.getAudience().contains(SsoTokenMinter.EVE_AUDIENCE),
                    "wrong audience");
            check(claims.getExpirationTime() != null && claims.getExpirationTime().toInstant().isAfter(Instant.now()),
                    "token is expired");
            String subject = claims.getSubject();
            check(subject != null && subject.startsWith(SUBJECT_PREFIX), "subject is not a character");
            return new AccessTokenClaims(
                    Long.parseLong(subject.substring(SUBJECT_PREFIX.length())),
                    claims.getStringClaim("name"),
                    claims.getStringClaim("owner"),
                    scopes(claims.getClaim("scp")),
                    claims.getStringClaim("azp"),
                    claims.getExpirationTime().toInstant(),
                    claims.getJWTID());
        } catch (ParseException | NumberFormatException e) {
            throw new InvalidAccessTokenException("malformed token: " + e.getMessage());
        }
    }

    private void checkSignature(SignedJWT jwt) throws InvalidAccessTokenException {
        check(JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()), "unexpected algorithm");
        RSAKey key = keys.issuedKey(jwt.getHeader().getKeyID())
                .orElseThrow(() -> new InvalidAccessTokenException("unknown signing key"));
        try {
            check(jwt.verify(new RSASSAVerifier(key)), "invalid signature");
        } catch (JOSEException e) {
            throw new InvalidAccessTokenException("invalid signature: " + e.getMessage());
        }
    }

    /** {@code scp} is a string for a single scope and an array otherwise. */
    static Set<String> scopes(Object scp) {
        if (scp == null) {
            return Set.of();
        }
        if (scp instanceof String single) {
            return Set.of(single);
        }
        return Set.copyOf(((List<?>) scp).stream().map(String::valueOf).toList());
    }

    private static void check(boolean condition, String reason) throws InvalidAccessTokenException {
        if (!condition) {
            throw new InvalidAccessTokenException(reason);
        }
    }
}

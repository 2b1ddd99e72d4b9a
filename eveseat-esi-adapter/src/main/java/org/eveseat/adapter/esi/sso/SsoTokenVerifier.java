package org.eveseat.adapter.esi.sso;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.eveseat.domain.shared.CharacterId;

/**
 * Verifies an EVE SSO access token the way CCP documents: signature by the JWKS key named in the header (RS256,
 * or ES256 which SSO announced), issuer, audience (our client id and "EVE Online"), expiry and subject.
 */
public class SsoTokenVerifier {
    private static final String SUBJECT_PREFIX = "CHARACTER:EVE:";
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);

    private final SsoSigningKeys keys;
    private final Set<String> issuers;
    private final String clientId;
    private final Clock clock;

    public SsoTokenVerifier(SsoSigningKeys keys, Set<String> issuers, String clientId, Clock clock) {
        this.keys = keys;
        this.issuers = issuers;
        this.clientId = clientId;
        this.clock = clock;
    }

    public VerifiedSsoToken verify(String accessToken) {
        try {
            SignedJWT jwt = SignedJWT.parse(accessToken);
            JWSAlgorithm alg = jwt.getHeader().getAlgorithm();
            if (!ALGORITHMS.contains(alg)) {
                throw new InvalidSsoTokenException("unsupported signature algorithm " + alg);
            }
            JWK key = keys.find(jwt.getHeader().getKeyID(), alg)
                    .orElseThrow(() -> new InvalidSsoTokenException("signed with an unknown key"));
            if (!jwt.verify(verifierFor(key))) {
                throw new InvalidSsoTokenException("signature does not verify");
            }
            return checkClaims(jwt.getJWTClaimsSet());
        } catch (ParseException | JOSEException e) {
            throw new InvalidSsoTokenException("unreadable token: " + e.getMessage());
        }
    }

    private static JWSVerifier verifierFor(JWK key) throws JOSEException {
        return switch (key.getKeyType().getValue()) {
            case "RSA" -> new RSASSAVerifier(key.toRSAKey());
            case "EC" -> new ECDSAVerifier(key.toECKey());
            default -> throw new InvalidSsoTokenException("unsupported key type " + key.getKeyType());
        };
    }

    private VerifiedSsoToken checkClaims(JWTClaimsSet claims) throws ParseException {
        if (!issuers.contains(claims.getIssuer())) {
            throw new InvalidSsoTokenException("wrong issuer " + claims.getIssuer());
        }
        List<String> audience = claims.getAudience();
        if (!audience.contains(clientId) || !audience.contains("EVE Online")) {
            throw new InvalidSsoTokenException("token is not for this application");
        }
        Date expiry = claims.getExpirationTime();
        if (expiry == null || !expiry.toInstant().isAfter(clock.instant())) {
            throw new InvalidSsoTokenException("token has expired");
        }
        String subject = claims.getSubject();
        if (subject == null || !subject.startsWith(SUBJECT_PREFIX)) {
            throw new InvalidSsoTokenException("subject is not an EVE character");
        }
        CharacterId character = CharacterId.parse(subject.substring(SUBJECT_PREFIX.length()));
        return new VerifiedSsoToken(character, claims.getStringClaim("name"), claims.getStringClaim("owner"),
                scopes(claims.getClaim("scp")), expiry.toInstant());
    }

    /** SSO writes a single scope as a plain string and several as an array. */
    private static Set<String> scopes(Object claim) {
        if (claim == null) {
            return Set.of();
        }
        if (claim instanceof List<?> list) {
            return Set.copyOf(list.stream().map(String::valueOf).toList());
        }
        return Set.of(claim.toString());
    }

    /** The facts of a verified token. */
    public record VerifiedSsoToken(CharacterId characterId, String name, String ownerHash, Set<String> scopes,
                                   Instant expiresAt) {
    }
}

package org.eveseat.fake;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

/** Signs access tokens shaped like the EVE SSO v2 JWTs (see the esi-docs example payload). */
final class SsoTokenMinter {

    static final String EVE_AUDIENCE = "EVE Online";

    private final SsoSigningKeys keys;
    private final String clientId;
    private final Supplier<String> issuer;

    SsoTokenMinter(SsoSigningKeys keys, String clientId, Supplier<String> issuer) {
        this.keys = keys;
        this.clientId = clientId;
        this.issuer = issuer;
    }

    String mint(SsoCharacter character, Duration lifetime, Set<TokenFault> faults) {
        RSAKey key = faults.contains(TokenFault.UNKNOWN_KEY) ? keys.unpublished() : keys.current();
        // whole seconds, as iat and exp are: exp is then never cut short of the lifetime by the rounding
        Instant issuedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        if (faults.contains(TokenFault.EXPIRED)) {
            issuedAt = issuedAt.minus(lifetime).minusSeconds(60);
        }
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .jwtID(UUID.randomUUID().toString())
                .claim("kid", key.getKeyID())
                .subject("CHARACTER:EVE:" + character.characterId())
                .claim("azp", clientId)
                .claim("tenant", "tranquility")
                .claim("tier", "live")
                .claim("region", "world")
                .audience(List.of(faults.contains(TokenFault.WRONG_AUDIENCE) ? "someone-elses-client" : clientId,
                        EVE_AUDIENCE))
                .claim("name", character.name())
                .claim("owner", character.ownerHash())
                .expirationTime(Date.from(issuedAt.plus(lifetime)))
                .issueTime(Date.from(issuedAt))
                .issuer(faults.contains(TokenFault.WRONG_ISSUER) ? "https://login.evil.example" : issuer.get());
        scopeClaim(character.scopes(), claims);
        String token = sign(key, claims.build());
        return faults.contains(TokenFault.TAMPERED) ? tamper(token) : token;
    }

    /** The real SSO writes {@code scp} as a plain string when only one scope was granted, and omits it for none. */
    private static void scopeClaim(Set<String> scopes, JWTClaimsSet.Builder claims) {
        if (scopes.size() == 1) {
            claims.claim("scp", scopes.iterator().next());
        } else if (!scopes.isEmpty()) {
            claims.claim("scp", List.copyOf(new TreeSet<>(scopes)));
        }
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** Changes one character in the middle of the signature, where every base64url bit is significant. */
    private static String tamper(String token) {
        int signatureStart = token.lastIndexOf('.') + 1;
        int index = signatureStart + (token.length() - signatureStart) / 2;
        char replacement = token.charAt(index) == 'A' ? 'B' : 'A';
        return token.substring(0, index) + replacement + token.substring(index + 1);
    }
}

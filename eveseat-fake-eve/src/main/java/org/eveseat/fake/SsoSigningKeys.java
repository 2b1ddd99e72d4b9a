package org.eveseat.fake;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The SSO's RS256 signing keys. Only the current key is published in the JWKS; keys retired by a
 * rotation still verify the tokens they signed, so a rotation does not invalidate live tokens.
 */
final class SsoSigningKeys {

    static final String FIRST_KEY_ID = "JWT-Signature-Key";

    private final Map<String, RSAKey> issued = new ConcurrentHashMap<>();
    private final AtomicInteger rotations = new AtomicInteger();
    private volatile RSAKey current;
    private RSAKey unpublished;

    SsoSigningKeys() {
        current = generate(FIRST_KEY_ID);
        issued.put(FIRST_KEY_ID, current);
    }

    RSAKey current() {
        return current;
    }

    /** A key that was never in the JWKS, for tokens a client must reject. */
    synchronized RSAKey unpublished() {
        if (unpublished == null) {
            unpublished = generate("Unpublished-Signature-Key");
        }
        return unpublished;
    }

    synchronized RSAKey rotate() {
        RSAKey next = generate(FIRST_KEY_ID + "-" + rotations.incrementAndGet());
        issued.put(next.getKeyID(), next);
        current = next;
        return next;
    }

    Optional<RSAKey> issuedKey(String keyId) {
        return Optional.ofNullable(keyId).map(issued::get);
    }

    /** The JWKS document; the real one also carries {@code SkipUnresolvedJsonWebKeys}. */
    Map<String, Object> jwks() {
        Map<String, Object> json = new JWKSet(current.toPublicJWK()).toJSONObject(true);
        json.put("SkipUnresolvedJsonWebKeys", true);
        return json;
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID(keyId)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyUse(KeyUse.SIGNATURE)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}

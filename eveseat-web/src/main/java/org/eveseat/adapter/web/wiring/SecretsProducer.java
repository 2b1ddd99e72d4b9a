package org.eveseat.adapter.web.wiring;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.text.ParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eveseat.adapter.persistence.character.TokenCipher;
import org.eveseat.adapter.web.security.SessionSigningKey;

/**
 * The two secrets of a deployment: the AES key that encrypts SSO tokens at rest and the RSA key that signs
 * EVESeat's own session tokens. Both come from config when set (several nodes must share them), else from files.
 */
@ApplicationScoped
public class SecretsProducer {
    @Inject
    @ConfigProperty(name = "eveseat.data-dir", defaultValue = "data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "eveseat.token-key")
    Optional<String> tokenKey;

    @Inject
    @ConfigProperty(name = "eveseat.session-signing-key")
    Optional<String> sessionSigningKey;

    @Produces
    @Singleton
    TokenCipher tokenCipher() {
        String base64 = tokenKey.orElseGet(() -> KeyFiles.readOrCreate(keyDir().resolve("token.key"), () -> {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            return Base64.getEncoder().encodeToString(key);
        }));
        return new TokenCipher(new SecretKeySpec(Base64.getDecoder().decode(base64), "AES"));
    }

    @Produces
    @Singleton
    SessionSigningKey sessionSigningKey() {
        String jwk = sessionSigningKey.orElseGet(() ->
                KeyFiles.readOrCreate(keyDir().resolve("session-signing.jwk"), SecretsProducer::newRsaJwk));
        try {
            return new SessionSigningKey(RSAKey.parse(jwk));
        } catch (ParseException e) {
            throw new IllegalStateException("session signing key is not a valid RSA JWK", e);
        }
    }

    private Path keyDir() {
        return Path.of(dataDir).toAbsolutePath().resolve("keys");
    }

    private static String newRsaJwk() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate().toJSONString();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.eveseat.adapter.persistence.character;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for SSO tokens at rest. Each value gets its own random 96-bit nonce, stored in front of the
 * ciphertext; the character id is bound as associated data so a token cannot be moved to another row.
 */
public class TokenCipher {
    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public TokenCipher(SecretKey key) {
        if (!"AES".equals(key.getAlgorithm()) || key.getEncoded().length != 32) {
            throw new IllegalArgumentException("token encryption key must be a 256-bit AES key");
        }
        this.key = key;
    }

    public String encrypt(String plain, long characterId) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, characterId, plain.getBytes(StandardCharsets.UTF_8));
        byte[] out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        return PREFIX + Base64.getEncoder().encodeToString(out);
    }

    public String decrypt(String stored, long characterId) {
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("unknown token encryption format");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        byte[] nonce = java.util.Arrays.copyOfRange(all, 0, NONCE_BYTES);
        byte[] sealed = java.util.Arrays.copyOfRange(all, NONCE_BYTES, all.length);
        return new String(run(Cipher.DECRYPT_MODE, nonce, characterId, sealed), StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, byte[] nonce, long characterId, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(ByteBuffer.allocate(Long.BYTES).putLong(characterId).array());
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("token could not be " + (mode == Cipher.ENCRYPT_MODE ? "encrypted" : "decrypted")
                    + "; is the token encryption key the one it was stored with?", e);
        }
    }
}

package org.eveseat.adapter.web.security;

import com.nimbusds.jose.jwk.RSAKey;

/** The RSA key pair that signs and verifies EVESeat session tokens. */
public record SessionSigningKey(RSAKey key) {
}

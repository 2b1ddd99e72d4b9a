package org.eveseat.adapter.esi.sso;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;

import org.eveseat.domain.shared.UpstreamUnavailableException;

/**
 * The SSO's JWKS, fetched once and kept; fetched again when a token names a key we do not know (SSO rotated its
 * keys). After a fetch that still lacked the key, unknown keys are refused for a few seconds without asking
 * again, so a burst of bad tokens cannot hammer the SSO.
 */
public class SsoSigningKeys {
    static final Duration MIN_REFETCH = Duration.ofSeconds(5);

    private final Supplier<String> fetch;
    private final Clock clock;
    private JWKSet keys = new JWKSet();
    private Instant lastMiss = Instant.EPOCH;

    public SsoSigningKeys(Supplier<String> fetch, Clock clock) {
        this.fetch = fetch;
        this.clock = clock;
    }

    public synchronized Optional<JWK> find(String kid, JWSAlgorithm alg) {
        Optional<JWK> known = lookup(kid, alg);
        if (known.isPresent() || clock.instant().isBefore(lastMiss.plus(MIN_REFETCH))) {
            return known;
        }
        refresh();
        Optional<JWK> found = lookup(kid, alg);
        if (found.isEmpty()) {
            lastMiss = clock.instant();
        }
        return found;
    }

    private Optional<JWK> lookup(String kid, JWSAlgorithm alg) {
        return Optional.ofNullable(keys.getKeyByKeyId(kid))
                .filter(key -> key.getAlgorithm() == null || alg.equals(key.getAlgorithm()));
    }

    private void refresh() {
        try {
            keys = JWKSet.parse(fetch.get());
        } catch (ParseException e) {
            throw new UpstreamUnavailableException("EVE SSO served an unreadable JWKS", e);
        } catch (RuntimeException e) {
            throw new UpstreamUnavailableException("EVE SSO JWKS could not be fetched: " + e.getMessage(), e);
        }
    }
}

package org.eveseat.adapter.esi.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Set;
import java.util.function.Consumer;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.fake.FakeEveSso;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SsoTokenVerifierTest {
    private static final long PILOT = 2112625428L;
    private static final Set<String> SCOPES = Set.of("publicData", "esi-wallet.read_character_wallet.v1");

    private final FakeEveSso sso = new FakeEveSso().start();
    private final SsoTokenVerifier verifier = new SsoTokenVerifier(
            new SsoSigningKeys(this::fetchJwks, Clock.systemUTC()),
            Set.of(sso.issuer(), sso.issuer() + "/"), sso.clientId(), Clock.systemUTC());

    @AfterEach
    void stop() {
        sso.stop();
    }

    @Test
    void aGenuineTokenYieldsTheCharacterItsScopesAndExpiry() {
        var verified = verifier.verify(sso.mintAccessToken(PILOT, SCOPES));
        assertThat(verified.characterId()).isEqualTo(new CharacterId(PILOT));
        assertThat(verified.scopes()).isEqualTo(SCOPES);
        assertThat(verified.expiresAt()).isAfter(Clock.systemUTC().instant().plusSeconds(1100));
    }

    @Test
    void aSingleScopeWrittenAsAPlainStringIsUnderstood() {
        var verified = verifier.verify(sso.mintAccessToken(PILOT, Set.of("publicData")));
        assertThat(verified.scopes()).containsExactly("publicData");
    }

    @Test
    void keysAreCachedAndFetchedAgainWhenSsoRotatesThem() {
        verifier.verify(sso.mintAccessToken(PILOT, SCOPES));
        verifier.verify(sso.mintAccessToken(PILOT, SCOPES));
        assertThat(sso.jwksFetchCount()).isEqualTo(1);

        sso.rotateSigningKey();
        assertThat(verifier.verify(sso.mintAccessToken(PILOT, SCOPES)).characterId().value()).isEqualTo(PILOT);
        assertThat(sso.jwksFetchCount()).isEqualTo(2);
    }

    @Test
    void aBurstOfUnknownKeysFetchesTheJwksOnlyOnce() {
        assertRejected(FakeEveSso::nextTokenSignedWithUnknownKey, "unknown key");
        assertRejected(FakeEveSso::nextTokenSignedWithUnknownKey, "unknown key");
        assertRejected(FakeEveSso::nextTokenSignedWithUnknownKey, "unknown key");
        assertThat(sso.jwksFetchCount()).isEqualTo(1);
    }

    @Test
    void badTokensAreRejectedWithTheReason() {
        assertRejected(FakeEveSso::nextTokenTampered, "signature");
        assertRejected(FakeEveSso::nextTokenExpired, "expired");
        assertRejected(FakeEveSso::nextTokenWrongIssuer, "issuer");
        assertRejected(FakeEveSso::nextTokenWrongAudience, "not for this application");
        assertRejected(FakeEveSso::nextTokenSignedWithUnknownKey, "unknown key");
        assertThatThrownBy(() -> verifier.verify("not-a-jwt")).isInstanceOf(InvalidSsoTokenException.class);
    }

    private void assertRejected(Consumer<FakeEveSso> fault, String reason) {
        fault.accept(sso);
        String token = sso.mintAccessToken(PILOT, SCOPES);
        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(InvalidSsoTokenException.class)
                .hasMessageContaining(reason);
    }

    private String fetchJwks() {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sso.jwksUrl())).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.eveseat.adapter.esi.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.domain.character.model.SsoGrant;
import org.eveseat.domain.character.port.out.TokenRevokedException;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.UpstreamUnavailableException;
import org.eveseat.fake.FakeEveSso;
import org.eveseat.fake.Pkce;
import org.eveseat.fake.SsoTestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The adapter against the fake EVE SSO: the code exchange and refresh grants, each token verified, and refusals. */
class EveSsoAdapterTest {
    private static final long PILOT = 2112625428L;
    private static final String WALLET = "esi-wallet.read_character_wallet.v1";

    private final FakeEveSso sso = new FakeEveSso().start();

    @AfterEach
    void stop() {
        sso.stop();
    }

    @Test
    void aLoginCodeIsExchangedForAVerifiedGrantButOnlyOnce() throws Exception {
        sso.loginAs(PILOT, "Main Pilot", "owner-main", Set.of("publicData", WALLET));
        String verifier = Pkce.newVerifier();
        String code = new SsoTestClient(sso).authorizationCode("publicData " + WALLET, verifier);
        EveSsoAdapter adapter = adapter(sso.clientSecret());

        SsoGrant grant = adapter.exchangeCode(code, verifier);

        assertThat(grant.characterId().value()).isEqualTo(PILOT);
        assertThat(grant.characterName()).isEqualTo("Main Pilot");
        assertThat(grant.ownerHash()).isEqualTo("owner-main");
        assertThat(grant.scopes()).contains(WALLET);
        assertThat(sso.isValidAccessToken(grant.accessToken().value())).isTrue();
        assertThat(grant.refreshToken()).isNotBlank();
        assertThatThrownBy(() -> adapter.exchangeCode(code, verifier)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already used");
    }

    @Test
    void aRefreshTokenGivesANewAccessTokenUntilThePilotRevokesTheApplication() {
        String refreshToken = sso.issueRefreshToken(PILOT, Set.of(WALLET));
        EveSsoAdapter adapter = adapter(sso.clientSecret());

        SsoGrant refreshed = adapter.refresh(refreshToken);

        assertThat(refreshed.characterId().value()).isEqualTo(PILOT);
        assertThat(refreshed.scopes()).containsExactly(WALLET);
        assertThat(sso.refreshCount(PILOT)).isEqualTo(1);
        sso.revoke(PILOT);
        assertThatThrownBy(() -> adapter.refresh(refreshed.refreshToken())).isInstanceOf(TokenRevokedException.class);
    }

    @Test
    void wrongClientCredentialsAreRefusedAndNoneConfiguredIsExplained() {
        String refreshToken = sso.issueRefreshToken(PILOT, Set.of(WALLET));

        assertThatThrownBy(() -> adapter("not-the-secret").refresh(refreshToken))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("invalid_client");
        assertThatThrownBy(() -> adapter("").refresh(refreshToken)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("not configured");
        assertThat(sso.refreshCount(PILOT)).isZero();
    }

    @Test
    void anUnreachableSsoIsAnUpstreamFailure() {
        String refreshToken = sso.issueRefreshToken(PILOT, Set.of(WALLET));
        EveSsoAdapter adapter = adapter(sso.clientSecret());
        sso.stop();

        assertThatThrownBy(() -> adapter.refresh(refreshToken)).isInstanceOf(UpstreamUnavailableException.class);
    }

    private EveSsoAdapter adapter(String clientSecret) {
        SsoSettings settings = new SsoSettings(URI.create(sso.baseUrl()), Set.of(sso.issuer()), sso.clientId(),
                clientSecret, Optional.empty(), List.of("publicData", WALLET));
        return new EveSsoAdapter(settings, new EsiSettings(URI.create("http://127.0.0.1:1"),
                EsiSettings.COMPATIBILITY_DATE, "EVESeat-test/1.0", Duration.ofSeconds(5)));
    }
}

package org.eveseat.domain.character.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.model.TokenInvalidException;
import org.eveseat.domain.character.model.TokenState;
import org.eveseat.domain.character.port.in.LinkCharacterCommand;
import org.eveseat.domain.event.model.LiveEvent;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.testing.InMemoryCharacters;
import org.eveseat.domain.testing.RecordedEvents;
import org.eveseat.domain.testing.ScriptedSso;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccessTokenServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final CharacterId PILOT = new CharacterId(2112625428L);
    private static final String VERIFIER = "v".repeat(43);

    private final InMemoryCharacters store = new InMemoryCharacters();
    private final ScriptedSso sso = new ScriptedSso(NOW.plusSeconds(1199));
    private final RecordedEvents events = new RecordedEvents();
    private final AccessTokenService service =
            new AccessTokenService(store, store, sso, events, Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void logIn() {
        sso.loginAs(PILOT.value(), "Pilot", "owner", Set.of("publicData"));
        new LinkCharacterService(sso, store, store, store, store, Optional.empty())
                .link(new LinkCharacterCommand("code", VERIFIER, Optional.empty()));
    }

    @Test
    void aTokenValidWellBeyondTheMarginIsUsedAsIs() {
        assertThat(service.accessTokenFor(PILOT).value()).isEqualTo("access-" + PILOT.value());
        assertThat(sso.refreshes).hasValue(0);
    }

    @Test
    void aTokenExpiringWithinTheMarginIsRefreshedAndTheRotatedRefreshTokenStored() {
        sso.accessExpiry(NOW.plusSeconds(30));
        sso.loginAs(PILOT.value(), "Pilot", "owner", Set.of("publicData"));
        new LinkCharacterService(sso, store, store, store, store, Optional.empty())
                .link(new LinkCharacterCommand("code", VERIFIER, Optional.empty()));
        String before = store.findByCharacter(PILOT).orElseThrow().refreshToken();

        sso.accessExpiry(NOW.plusSeconds(1199));
        AccessToken token = service.accessTokenFor(PILOT);

        assertThat(sso.refreshes).hasValue(1);
        assertThat(token.expiresAt()).isEqualTo(NOW.plusSeconds(1199));
        assertThat(store.findByCharacter(PILOT).orElseThrow().refreshToken()).isNotEqualTo(before).startsWith(before);
        assertThat(service.accessTokenFor(PILOT)).isEqualTo(token);
        assertThat(sso.refreshes).as("the fresh token is reused").hasValue(1);
    }

    @Test
    void aRevokedTokenMarksTheCharacterInvalidAndIsNotRetried() {
        sso.accessExpiry(NOW.minusSeconds(1));
        sso.loginAs(PILOT.value(), "Pilot", "owner", Set.of("publicData"));
        new LinkCharacterService(sso, store, store, store, store, Optional.empty())
                .link(new LinkCharacterCommand("code", VERIFIER, Optional.empty()));
        sso.revokeAll();

        assertThatThrownBy(() -> service.accessTokenFor(PILOT)).isInstanceOf(TokenInvalidException.class);
        assertThat(store.findById(PILOT).orElseThrow().tokenState()).isEqualTo(TokenState.INVALID);
        assertThatThrownBy(() -> service.accessTokenFor(PILOT)).isInstanceOf(TokenInvalidException.class);
        assertThat(sso.refreshes).hasValue(0);
        assertThat(events.ofType("token.invalid")).extracting(LiveEvent::topic)
                .containsExactly("character.2112625428.alerts", "alerts");
        assertThat(events.all().get(0).payload()).containsEntry("characterId", PILOT.value())
                .containsEntry("name", "Pilot");
    }

    @Test
    void anUnknownCharacterHasNoToken() {
        assertThatThrownBy(() -> service.accessTokenFor(new CharacterId(1))).isInstanceOf(TokenInvalidException.class);
    }
}

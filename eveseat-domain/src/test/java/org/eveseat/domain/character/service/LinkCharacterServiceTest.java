package org.eveseat.domain.character.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.eveseat.domain.character.model.Account;
import org.eveseat.domain.character.model.LinkedCharacter;
import org.eveseat.domain.character.port.in.LinkCharacterCommand;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.ConflictException;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.testing.InMemoryCharacters;
import org.eveseat.domain.testing.ScriptedSso;
import org.junit.jupiter.api.Test;

class LinkCharacterServiceTest {
    private static final String VERIFIER = "v".repeat(43);

    private final InMemoryCharacters store = new InMemoryCharacters();
    private final ScriptedSso sso = new ScriptedSso(Instant.parse("2026-11-25T12:20:00Z"));

    private Account login(long characterId, String owner, Optional<AccountId> signedIn, Optional<CharacterId> admin) {
        sso.loginAs(characterId, "Pilot " + characterId, owner, Set.of("publicData"));
        return new LinkCharacterService(sso, store, store, store, store, admin)
                .link(new LinkCharacterCommand("code", VERIFIER, signedIn));
    }

    @Test
    void theFirstAccountIsAdminAndLaterOnesAreNot() {
        assertThat(login(1001, "a", Optional.empty(), Optional.empty()).isAdmin()).isTrue();
        assertThat(login(1002, "b", Optional.empty(), Optional.empty()).isAdmin()).isFalse();
    }

    @Test
    void eachLoginStoresAccountCharacterAndTokenInOneTransaction() {
        login(1001, "a", Optional.empty(), Optional.of(new CharacterId(1001)));
        login(1002, "b", Optional.empty(), Optional.empty());

        assertThat(store.transactions).isEqualTo(2);
        assertThat(store.writesOutsideATransaction).isZero();
        assertThat(store.savedTokens).hasSize(2);
    }

    @Test
    void theConfiguredAdminCharacterMakesItsAccountAdmin() {
        login(1001, "a", Optional.empty(), Optional.empty());
        Account second = login(1002, "b", Optional.empty(), Optional.of(new CharacterId(1002)));
        assertThat(second.isAdmin()).isTrue();
    }

    @Test
    void loggingInAgainReturnsTheSameAccountAndStoresTheNewToken() {
        Account first = login(1001, "a", Optional.empty(), Optional.empty());
        Account again = login(1001, "a", Optional.empty(), Optional.empty());
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(store.savedTokens).hasSize(2);
        assertThat(store.findByCharacter(new CharacterId(1001)).orElseThrow().refreshToken())
                .isEqualTo(store.savedTokens.get(1).refreshToken());
    }

    @Test
    void anAltLinksToTheSignedInAccount() {
        Account main = login(1001, "a", Optional.empty(), Optional.empty());
        login(1002, "b", Optional.of(main.id()), Optional.empty());
        assertThat(store.findByOwner(main.id())).extracting(LinkedCharacter::id)
                .containsExactly(new CharacterId(1001), new CharacterId(1002));
    }

    @Test
    void anotherAccountsCharacterCannotBeLinkedButASoldOneMoves() {
        Account first = login(1001, "a", Optional.empty(), Optional.empty());
        Account second = login(1002, "b", Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> login(1001, "a", Optional.of(second.id()), Optional.empty()))
                .isInstanceOf(ConflictException.class);

        login(1001, "new-owner", Optional.of(second.id()), Optional.empty());
        assertThat(store.findById(new CharacterId(1001)).orElseThrow().owner()).isEqualTo(second.id());
        assertThat(store.findByOwner(first.id())).isEmpty();
    }

    @Test
    void aCommandWithoutCodeOrWithAShortVerifierIsRefused() {
        assertThatThrownBy(() -> new LinkCharacterCommand(" ", VERIFIER, Optional.empty()))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new LinkCharacterCommand("code", "short", Optional.empty()))
                .isInstanceOf(RuleViolationException.class);
    }
}

package org.eveseat.domain.wallet.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.eveseat.domain.character.model.LinkedCharacter;
import org.eveseat.domain.character.model.TokenState;
import org.eveseat.domain.character.service.CharacterVisibilityService;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.testing.InMemoryCharacters;
import org.eveseat.domain.wallet.model.WalletBalance;
import org.eveseat.domain.wallet.port.out.WalletBalanceRepository;
import org.junit.jupiter.api.Test;

class WalletBalanceServiceTest {
    private static final CharacterId OWNED = new CharacterId(90000001);
    private static final CharacterId UNSYNCED = new CharacterId(90000002);
    private static final AccountId OWNER = new AccountId(1);
    private static final WalletBalance BALANCE = new WalletBalance(OWNED, Isk.of("5.50"), Instant.EPOCH);

    private final InMemoryCharacters characters = new InMemoryCharacters();
    private final WalletBalanceRepository balances = new WalletBalanceRepository() {
        @Override
        public Optional<WalletBalance> find(CharacterId characterId) {
            return OWNED.equals(characterId) ? Optional.of(BALANCE) : Optional.empty();
        }

        @Override
        public void save(WalletBalance balance) {
            throw new AssertionError("a query must not write");
        }
    };
    private final WalletBalanceService service =
            new WalletBalanceService(new CharacterVisibilityService(characters), balances);

    WalletBalanceServiceTest() {
        for (CharacterId id : Set.of(OWNED, UNSYNCED)) {
            characters.save(new LinkedCharacter(id, "Pilot", "hash", OWNER, Set.of(), TokenState.VALID));
        }
    }

    @Test
    void theOwnerAndAdminsSeeTheBalance() {
        assertThat(service.balanceOf(new Viewer(OWNER, false), OWNED)).isEqualTo(BALANCE);
        assertThat(service.balanceOf(new Viewer(new AccountId(7), true), OWNED)).isEqualTo(BALANCE);
    }

    @Test
    void anyoneElseGetsNotFoundAsIfTheCharacterDidNotExist() {
        assertThatThrownBy(() -> service.balanceOf(new Viewer(new AccountId(7), false), OWNED))
                .isInstanceOf(NotFoundException.class).hasMessage("character 90000001 not found");
        assertThatThrownBy(() -> service.balanceOf(new Viewer(OWNER, false), new CharacterId(123)))
                .isInstanceOf(NotFoundException.class).hasMessage("character 123 not found");
    }

    @Test
    void aCharacterNeverSyncedHasNoBalanceYet() {
        assertThatThrownBy(() -> service.balanceOf(new Viewer(OWNER, false), UNSYNCED))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("no wallet balance synced yet");
    }
}

package org.eveseat.adapter.web.faces.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eveseat.domain.character.model.Account;
import org.eveseat.domain.character.model.LinkedCharacter;
import org.eveseat.domain.character.model.Role;
import org.eveseat.domain.character.model.TokenState;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.TokenCoverage;
import org.junit.jupiter.api.Test;

class AccountDirectoryTest {
    private static final String WALLET = "esi-wallet.read_character_wallet.v1";
    private static final String MAIL = "esi-mail.read_mail.v1";
    private static final Instant REFRESHED = Instant.parse("2026-12-01T20:00:00Z");

    private final Account admin = new Account(new AccountId(1), EnumSet.of(Role.USER, Role.ADMIN));
    private final Account pilot = new Account(new AccountId(2), EnumSet.of(Role.USER));
    private final Account empty = new Account(new AccountId(3), EnumSet.of(Role.USER));

    @Test
    void charactersGoUnderTheirAccountsWithTokenStateScopesAndLastRefresh() {
        List<AccountRow> rows = AccountDirectory.group(List.of(admin, pilot, empty), List.of(
                coverage(10, "Main", admin, TokenState.VALID, Set.of(WALLET), Set.of(MAIL, "esi-planets.manage_planets.v1")),
                coverage(20, "Hauler", pilot, TokenState.INVALID, Set.of("publicData", WALLET), Set.of(MAIL)),
                coverage(11, "Alt", admin, TokenState.VALID, Set.of(), Set.of(WALLET, MAIL))),
                Map.of(new CharacterId(10), REFRESHED), Set.of("publicData", WALLET, MAIL));

        assertThat(rows).extracting(AccountRow::id).containsExactly(1L, 2L, 3L);
        assertThat(rows.get(0).admin()).isTrue();
        assertThat(rows.get(0).characterNames()).isEqualTo("Main, Alt");
        CharacterRow main = rows.get(0).characters().get(0);
        assertThat(main.tokenValid()).isTrue();
        assertThat(main.scopes()).containsExactly(WALLET);
        assertThat(main.missingScopes()).as("only what the login requests can be granted")
                .containsExactly(MAIL);
        assertThat(main.endpointsCovered()).isEqualTo(2);
        assertThat(main.lastRefresh()).isEqualTo(REFRESHED);
        assertThat(rows.get(0).characters().get(1).lastRefresh()).isNull();
        assertThat(rows.get(1).invalidTokens()).isEqualTo(1);
        assertThat(rows.get(1).characters().get(0).scopes()).as("sorted").containsExactly(WALLET, "publicData");
        assertThat(rows.get(2).characters()).isEmpty();
    }

    @Test
    void aCharacterOfAnAccountBeyondTheListIsLeftOut() {
        List<AccountRow> rows = AccountDirectory.group(List.of(admin),
                List.of(coverage(20, "Hauler", pilot, TokenState.VALID, Set.of(), Set.of())), Map.of(), Set.of());

        assertThat(rows).singleElement().satisfies(row -> assertThat(row.characters()).isEmpty());
    }

    private static TokenCoverage coverage(long id, String name, Account owner, TokenState state, Set<String> scopes,
                                          Set<String> missing) {
        var character = new LinkedCharacter(new CharacterId(id), name, "hash-" + id, owner.id(), scopes, state);
        Set<SyncEndpoint> covered = scopes.contains(WALLET) && state == TokenState.VALID
                ? EnumSet.of(SyncEndpoint.WALLET_BALANCE, SyncEndpoint.WALLET_JOURNAL) : Set.of();
        return new TokenCoverage(character, covered, missing);
    }
}

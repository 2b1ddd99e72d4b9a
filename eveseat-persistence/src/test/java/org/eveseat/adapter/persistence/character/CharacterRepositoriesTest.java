package org.eveseat.adapter.persistence.character;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.crypto.spec.SecretKeySpec;

import jakarta.persistence.EntityManager;

import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.model.Account;
import org.eveseat.domain.character.model.CharacterToken;
import org.eveseat.domain.character.model.LinkedCharacter;
import org.eveseat.domain.character.model.Role;
import org.eveseat.domain.character.model.TokenState;
import org.eveseat.domain.shared.CharacterId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CharacterRepositoriesTest {
    private static final String WALLET = "esi-wallet.read_character_wallet.v1";
    private final TestDatabase db = TestDatabase.get();
    private final TokenCipher cipher = new TokenCipher(new SecretKeySpec(new byte[32], "AES"));

    @BeforeEach
    void emptyDatabase() {
        db.truncateApplicationTables();
    }

    @Test
    void firstAccountMakesTheTableNonEmptyAndRolesRoundTrip() {
        assertThat(db.inTransaction((EntityManager em) -> new JpaAccountRepository(em).isEmpty())).isTrue();
        Account admin = db.inTransaction((EntityManager em) -> new JpaAccountRepository(em).create(EnumSet.of(Role.USER, Role.ADMIN)));
        Account user = db.inTransaction((EntityManager em) -> new JpaAccountRepository(em).create(EnumSet.of(Role.USER)));

        assertThat(db.inTransaction((EntityManager em) -> new JpaAccountRepository(em).isEmpty())).isFalse();
        assertThat(db.inTransaction((EntityManager em) -> new JpaAccountRepository(em).findById(admin.id()))).contains(admin);
        assertThat(user.isAdmin()).isFalse();
        Account promoted = db.inTransaction((EntityManager em) -> new JpaAccountRepository(em).addRole(user.id(), Role.ADMIN));
        assertThat(db.inTransaction((EntityManager em) -> new JpaAccountRepository(em).findById(user.id())).orElseThrow().isAdmin())
                .isTrue();
        assertThat(promoted.isAdmin()).isTrue();
    }

    @Test
    void charactersAreFoundByOwnerAndBySyncableScope() {
        Account account = db.inTransaction((EntityManager em) -> new JpaAccountRepository(em).create(EnumSet.of(Role.USER)));
        var main = new LinkedCharacter(new CharacterId(90000001), "Main", "hash-1", account.id(),
                Set.of("publicData", WALLET), TokenState.VALID);
        var alt = new LinkedCharacter(new CharacterId(2112000002L), "Alt", "hash-2", account.id(),
                Set.of(WALLET), TokenState.INVALID);
        var noScope = new LinkedCharacter(new CharacterId(90000003), "Scout", "hash-3", account.id(),
                Set.of("publicData"), TokenState.VALID);
        db.inTransaction((EntityManager em) -> {
            var repository = new JpaCharacterRepository(em);
            repository.save(main);
            repository.save(alt);
            repository.save(noScope);
            return null;
        });

        assertThat(db.inTransaction((EntityManager em) -> new JpaCharacterRepository(em).findById(main.id()))).contains(main);
        assertThat(db.inTransaction((EntityManager em) -> new JpaCharacterRepository(em).findByOwner(account.id())))
                .extracting(LinkedCharacter::name).containsExactly("Alt", "Main", "Scout");
        assertThat(db.inTransaction((EntityManager em) -> new JpaCharacterRepository(em).findSyncableWithScope(WALLET)))
                .containsExactly(main.id());
        assertThat(db.inTransaction((EntityManager em) -> new JpaCharacterRepository(em).findSyncableWithScope("esi-wallet")))
                .isEmpty();
    }

    @Test
    void savingAgainUpdatesInPlace() {
        Account account = db.inTransaction((EntityManager em) -> new JpaAccountRepository(em).create(EnumSet.of(Role.USER)));
        var character = new LinkedCharacter(new CharacterId(90000010), "Pilot", "hash", account.id(),
                Set.of(WALLET), TokenState.VALID);
        db.inTransaction((EntityManager em) -> { new JpaCharacterRepository(em).save(character); return null; });
        db.inTransaction((EntityManager em) -> {
            new JpaCharacterRepository(em).save(character.withTokenState(TokenState.INVALID));
            return null;
        });

        assertThat(db.inTransaction((EntityManager em) -> new JpaCharacterRepository(em).findById(character.id())).orElseThrow()
                .tokenState()).isEqualTo(TokenState.INVALID);
    }

    @Test
    void tokensAreEncryptedAtRestAndRoundTrip() throws Exception {
        CharacterId id = linkedCharacter(90000020);
        Instant expiry = Instant.now().plusSeconds(1199).truncatedTo(ChronoUnit.MICROS);
        var token = new CharacterToken(id, "refresh-secret-1", new AccessToken("access-secret-1", expiry));
        db.inTransaction((EntityManager em) -> { new JpaCharacterTokenRepository(em, cipher).save(token); return null; });

        assertThat(db.inTransaction((EntityManager em) -> new JpaCharacterTokenRepository(em, cipher).findByCharacter(id)))
                .contains(token);
        try (var connection = db.dataSource().getConnection(); var statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select refresh_token, access_token from character_token")) {
            row.next();
            assertThat(row.getString(1)).startsWith("v1:").doesNotContain("refresh-secret-1");
            assertThat(row.getString(2)).startsWith("v1:").doesNotContain("access-secret-1");
        }
        var otherKey = new TokenCipher(new SecretKeySpec(new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
            30, 31, 32}, "AES"));
        assertThatThrownBy(() -> db.inTransaction((EntityManager em) -> new JpaCharacterTokenRepository(em, otherKey).findByCharacter(id)))
                .hasMessageContaining("token encryption key");
    }

    @Test
    void rotatedRefreshTokenReplacesTheOldOne() {
        CharacterId id = linkedCharacter(90000030);
        db.inTransaction((EntityManager em) -> {
            new JpaCharacterTokenRepository(em, cipher).save(new CharacterToken(id, "first", null));
            return null;
        });
        db.inTransaction((EntityManager em) -> {
            new JpaCharacterTokenRepository(em, cipher).save(new CharacterToken(id, "second", null));
            return null;
        });

        assertThat(db.inTransaction((EntityManager em) -> new JpaCharacterTokenRepository(em, cipher).findByCharacter(id))
                .orElseThrow().refreshToken()).isEqualTo("second");
    }

    @Test
    void eachSaveNotesWhenTheTokenWasStored() throws Exception {
        CharacterId first = linkedCharacter(90000040);
        CharacterId second = linkedCharacter(90000041);
        Instant before = Instant.now().minusSeconds(1);
        for (CharacterId id : List.of(second, first)) {
            db.inTransaction((EntityManager em) -> {
                new JpaCharacterTokenRepository(em, cipher).save(new CharacterToken(id, "refresh", null));
                return null;
            });
        }
        Map<CharacterId, Instant> stored = db.inTransaction((EntityManager em) ->
                new JpaCharacterTokenRepository(em, cipher).lastStored(10));
        while (!Instant.now().truncatedTo(ChronoUnit.MICROS).isAfter(stored.get(first))) {
            Thread.onSpinWait(); // the column keeps microseconds: the rotation is stored strictly later
        }
        db.inTransaction((EntityManager em) -> {
            new JpaCharacterTokenRepository(em, cipher).save(new CharacterToken(first, "rotated", null));
            return null;
        });

        assertThat(stored.keySet()).containsExactly(first, second);
        assertThat(stored.values()).allSatisfy(at -> assertThat(at).isBetween(before, Instant.now()));
        assertThat(db.inTransaction((EntityManager em) -> new JpaCharacterTokenRepository(em, cipher).lastStored(1)))
                .containsOnlyKeys(first).extractingByKey(first).isNotNull().satisfies(at ->
                        assertThat(at).isAfter(stored.get(first)));
    }

    @Test
    void accountsAreListedInIdOrderAndTheLastAdminKeepsTheRole() {
        Account first = db.inTransaction((EntityManager em) -> new JpaAccountRepository(em).create(EnumSet.of(Role.USER, Role.ADMIN)));
        Account second = db.inTransaction((EntityManager em) -> new JpaAccountRepository(em).create(EnumSet.of(Role.USER, Role.ADMIN)));
        Account user = db.inTransaction((EntityManager em) -> new JpaAccountRepository(em).create(EnumSet.of(Role.USER)));

        assertThat(db.inTransaction((EntityManager em) -> new JpaAccountRepository(em).list(10)))
                .containsExactly(first, second, user);
        assertThat(db.inTransaction((EntityManager em) -> new JpaAccountRepository(em).list(1))).containsExactly(first);
        assertThat(db.inTransaction((EntityManager em) -> new JpaAccountRepository(em).removeRoleUnlessLast(first.id(), Role.ADMIN)))
                .isTrue();
        assertThat(db.inTransaction((EntityManager em) -> new JpaAccountRepository(em).removeRoleUnlessLast(second.id(), Role.ADMIN)))
                .as("the last admin").isFalse();
        assertThat(db.inTransaction((EntityManager em) -> new JpaAccountRepository(em).findById(first.id())).orElseThrow().isAdmin())
                .isFalse();
        assertThat(db.inTransaction((EntityManager em) -> new JpaAccountRepository(em).findById(second.id())).orElseThrow().isAdmin())
                .isTrue();
    }

    @Test
    void revokedSessionsAreRemembered() {
        db.inTransaction((EntityManager em) -> {
            new JpaSessionRepository(em).revoke("session-a", Instant.now().plusSeconds(600));
            return null;
        });

        assertThat(db.inTransaction((EntityManager em) -> new JpaSessionRepository(em).isRevoked("session-a"))).isTrue();
        assertThat(db.inTransaction((EntityManager em) -> new JpaSessionRepository(em).isRevoked("session-b"))).isFalse();
    }

    private CharacterId linkedCharacter(long id) {
        Account account = db.inTransaction((EntityManager em) -> new JpaAccountRepository(em).create(EnumSet.of(Role.USER)));
        var character = new LinkedCharacter(new CharacterId(id), "Pilot " + id, "hash", account.id(), Set.of(),
                TokenState.VALID);
        db.inTransaction((EntityManager em) -> { new JpaCharacterRepository(em).save(character); return null; });
        return character.id();
    }
}

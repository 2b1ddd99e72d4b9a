package org.eveseat.adapter.persistence.character;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import javax.crypto.spec.SecretKeySpec;

import jakarta.persistence.EntityManager;

import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.model.Account;
import org.eveseat.domain.character.model.SsoGrant;
import org.eveseat.domain.character.port.in.LinkCharacterCommand;
import org.eveseat.domain.character.port.out.EveSso;
import org.eveseat.domain.character.port.out.UnitOfWork;
import org.eveseat.domain.character.service.LinkCharacterService;
import org.eveseat.domain.shared.CharacterId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two first logins at once, on real PostgreSQL: each checks "is there no account yet?" and then waits until the
 * other has checked too, or is held by a lock. Without the creation lock both see no account and both become
 * admin; with it, the second waits for the first to commit and finds its account.
 */
class FirstLoginRaceTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private final TestDatabase db = TestDatabase.get();
    private final TokenCipher cipher = new TokenCipher(new SecretKeySpec(new byte[32], "AES"));
    private final CountDownLatch checked = new CountDownLatch(2);

    @BeforeEach
    void noAccountYet() {
        db.truncateApplicationTables();
    }

    @Test
    void twoConcurrentFirstLoginsMakeExactlyOneAdmin() {
        CompletableFuture<Account> first = CompletableFuture.supplyAsync(() -> login(90000001L));
        CompletableFuture<Account> second = CompletableFuture.supplyAsync(() -> login(90000002L));

        List<Account> accounts = List.of(first.orTimeout(60, TimeUnit.SECONDS).join(),
                second.orTimeout(60, TimeUnit.SECONDS).join());
        assertThat(accounts).filteredOn(Account::isAdmin).hasSize(1);
        List<Account> stored = db.inTransaction((EntityManager em) -> new JpaAccountRepository(em).list(10));
        assertThat(stored).hasSize(2).filteredOn(Account::isAdmin).hasSize(1);
        assertThat(db.inTransaction((EntityManager em) -> new JpaCharacterTokenRepository(em, cipher)
                .findByCharacter(new CharacterId(90000002L)))).isPresent();
    }

    private Account login(long characterId) {
        EveSso sso = new EveSso() {
            @Override
            public SsoGrant exchangeCode(String code, String codeVerifier) {
                return new SsoGrant(new CharacterId(characterId), "Pilot " + characterId, "owner-" + characterId,
                        Set.of("publicData"), new AccessToken("access", Instant.now().plusSeconds(1200)), "refresh");
            }

            @Override
            public SsoGrant refresh(String refreshToken) {
                throw new UnsupportedOperationException();
            }
        };
        return db.inTransaction((EntityManager em) -> new LinkCharacterService(sso, new CheckingAccounts(em),
                new JpaCharacterRepository(em), new JpaCharacterTokenRepository(em, cipher), new InlineUnitOfWork(), Optional.empty())
                .link(new LinkCharacterCommand("code", "v".repeat(43), Optional.empty())));
    }

    /** The real repository, whose emptiness check then waits for the other login to check or to be locked out. */
    private final class CheckingAccounts extends JpaAccountRepository {
        CheckingAccounts(EntityManager em) {
            super(em);
        }

        @Override
        public boolean isEmpty() {
            boolean empty = super.isEmpty();
            checked.countDown();
            Instant deadline = Instant.now().plus(PATIENCE);
            while (checked.getCount() > 0 && !someoneWaitsForALock()) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("the other login neither checked nor waited for a lock");
                }
                LockSupport.parkNanos(Duration.ofMillis(10).toNanos()); // polls the other transaction's state
            }
            return empty;
        }
    }

    /** The test's transaction is already open around the use case. */
    private static final class InlineUnitOfWork implements UnitOfWork {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    }

    private boolean someoneWaitsForALock() {
        try (Connection c = db.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "select count(*) from pg_stat_activity where wait_event_type = 'Lock'")) {
            rs.next();
            return rs.getInt(1) > 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.eveseat.adapter.persistence.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.eveseat.adapter.persistence.character.JpaAccountRepository;
import org.eveseat.adapter.persistence.character.JpaCharacterRepository;
import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.character.model.LinkedCharacter;
import org.eveseat.domain.character.model.Role;
import org.eveseat.domain.character.model.TokenState;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.wallet.model.WalletBalance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaWalletBalanceRepositoryTest {
    private final TestDatabase db = TestDatabase.get();
    private final CharacterId pilot = new CharacterId(2112625428L);

    @BeforeEach
    void linkPilot() {
        db.truncateApplicationTables();
        db.inTransaction((EntityManager em) -> {
            var account = new JpaAccountRepository(em).create(EnumSet.of(Role.USER));
            new JpaCharacterRepository(em).save(new LinkedCharacter(pilot, "Pilot", "hash", account.id(), Set.of(),
                    TokenState.VALID));
            return null;
        });
    }

    @Test
    void unknownCharacterHasNoBalance() {
        assertThat(db.inTransaction((EntityManager em) -> new JpaWalletBalanceRepository(em).find(pilot))).isEmpty();
    }

    @Test
    void balanceIsStoredAndOverwrittenExactly() {
        Instant first = Instant.parse("2026-11-25T10:00:00Z");
        Instant second = Instant.now().truncatedTo(ChronoUnit.MICROS);
        db.inTransaction((EntityManager em) -> {
            new JpaWalletBalanceRepository(em).save(new WalletBalance(pilot, Isk.of("12345678901234.56"), first));
            return null;
        });
        db.inTransaction((EntityManager em) -> {
            new JpaWalletBalanceRepository(em).save(new WalletBalance(pilot, Isk.of("-0.01"), second));
            return null;
        });

        assertThat(db.inTransaction((EntityManager em) -> new JpaWalletBalanceRepository(em).find(pilot)))
                .contains(new WalletBalance(pilot, Isk.of("-0.01"), second));
    }
}

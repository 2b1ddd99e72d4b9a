package org.eveseat.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.eveseat.adapter.persistence.character.JpaAccountRepository;
import org.eveseat.adapter.persistence.character.JpaCharacterRepository;
import org.eveseat.adapter.persistence.mail.JdbcMailRepository;
import org.eveseat.adapter.persistence.testing.SingleConnection;
import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.adapter.persistence.wallet.JdbcWalletJournalRepository;
import org.eveseat.domain.character.model.LinkedCharacter;
import org.eveseat.domain.character.model.Role;
import org.eveseat.domain.character.model.TokenState;
import org.eveseat.domain.mail.model.MailHeader;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.JournalRefType;
import org.eveseat.domain.wallet.model.WalletJournalEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Text PostgreSQL cannot hold (U+0000, a lone surrogate) reaches the database through every kind of write path
 * (JDBC batch, JDBC update, COPY, plain JDBC insert, JPA) and is stored with U+FFFD in its place, the rest intact.
 */
class UnstorableTextTest {
    private static final CharacterId PILOT = new CharacterId(2112625428L);
    private static final String POISONED = "a\u0000b\uD800c\uDC00d";
    private static final String STORED = "a\uFFFDb\uFFFDc\uFFFDd";

    private final TestDatabase db = TestDatabase.get();

    @BeforeEach
    void linkPilot() {
        db.linkCharacters(List.of(PILOT));
    }

    @Test
    void mailHeadersAndBodiesWrittenByJdbcAreCleaned() {
        JdbcMailRepository mail = new JdbcMailRepository(db.dataSource());
        mail.saveHeaders(PILOT, List.of(new MailHeader(7, 95465499L, POISONED, Instant.EPOCH, false, List.of(),
                List.of())));
        mail.saveBody(PILOT, 7, "<p>" + POISONED + "</p>");

        assertThat(mail.find(PILOT, 7).orElseThrow().subject()).isEqualTo(STORED);
        assertThat(mail.body(PILOT, 7)).contains("<p>" + STORED + "</p>");
    }

    @Test
    void textArraysMadeThroughAStatementsConnectionAreCleaned() {
        List<String> bound = new Sql(db.dataSource()).query("select unnest(?::text[])", s -> s.setArray(1,
                s.getConnection().createArrayOf("text", new String[] {POISONED, "plain"})), rs -> rs.getString(1));

        assertThat(bound).containsExactly(STORED, "plain");
    }

    @Test
    void journalEntriesCopiedOrInsertedAreCleaned() throws SQLException {
        JournalOwner copied = JournalOwner.character(PILOT.value());
        JournalOwner inserted = JournalOwner.character(2112625429L);
        var copyApi = new SingleConnection(db.dataSource(), false, false);
        var plainJdbc = new SingleConnection(db.dataSource(), false, true);
        try (var copying = copyApi.connection(); var inserting = plainJdbc.connection()) {
            new JdbcWalletJournalRepository(copyApi.dataSource()).insertNew(copied, List.of(entry(1)));
            new JdbcWalletJournalRepository(plainJdbc.dataSource()).insertNew(inserted, List.of(entry(2)));
            copying.commit();
            inserting.commit();
        }

        JdbcWalletJournalRepository journal = new JdbcWalletJournalRepository(db.dataSource());
        assertThat(journal.newest(copied, 10)).singleElement()
                .satisfies(e -> assertThat(List.of(e.description(), e.reason())).containsOnly(STORED));
        assertThat(journal.newest(inserted, 10)).singleElement()
                .satisfies(e -> assertThat(List.of(e.description(), e.reason())).containsOnly(STORED));
    }

    @Test
    void entityAttributesWrittenByJpaAreCleaned() {
        CharacterId named = new CharacterId(2112625430L);
        db.inTransaction((EntityManager em) -> {
            var account = new JpaAccountRepository(em).create(EnumSet.of(Role.USER));
            new JpaCharacterRepository(em).save(new LinkedCharacter(named, POISONED, "hash", account.id(), Set.of(),
                    TokenState.VALID));
            return null;
        });

        assertThat(db.inTransaction((EntityManager em) -> new JpaCharacterRepository(em).findById(named))
                .orElseThrow().name()).isEqualTo(STORED);
    }

    private static WalletJournalEntry entry(long id) {
        return new WalletJournalEntry(id, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(id),
                JournalRefType.BOUNTY_PRIZES, POISONED, null, null, null, null, POISONED, null, null, null);
    }
}

package org.eveseat.adapter.persistence.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalLong;

import org.eveseat.adapter.persistence.testing.SingleConnection;
import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.WalletDivision;
import org.eveseat.domain.wallet.model.WalletJournalEntry;
import org.eveseat.domain.wallet.port.out.WalletJournalRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcWalletJournalRepositoryTest {
    private final TestDatabase db = TestDatabase.get();
    private final WalletJournalRepository journal = new JdbcWalletJournalRepository(db.dataSource());
    private final JournalOwner pilot = JournalOwner.character(2112625428L);
    private final JournalOwner masterWallet = JournalOwner.corporation(2112625428L, new WalletDivision(1));
    private final JournalOwner secondDivision = JournalOwner.corporation(2112625428L, new WalletDivision(2));

    @BeforeEach
    void empty() {
        db.truncateApplicationTables();
    }

    @Test
    void insertsOnlyWhatIsNew() {
        assertThat(journal.insertNew(pilot, JournalFixtures.entries(1, 2501))).isEqualTo(2500);
        assertThat(journal.insertNew(pilot, JournalFixtures.entries(1, 2501))).isZero();
        assertThat(journal.count(pilot)).isEqualTo(2500);

        assertThat(journal.insertNew(pilot, JournalFixtures.entries(2001, 3001))).isEqualTo(500);
        assertThat(journal.count(pilot)).isEqualTo(3000);
        assertThat(journal.newestId(pilot)).hasValue(3000);
    }

    @Test
    void emptyJournal() {
        assertThat(journal.insertNew(pilot, List.of())).isZero();
        assertThat(journal.newestId(pilot)).isEqualTo(OptionalLong.empty());
        assertThat(journal.count(pilot)).isZero();
        assertThat(journal.newest(pilot, 10)).isEmpty();
    }

    @Test
    void newestFirst() {
        journal.insertNew(pilot, JournalFixtures.entries(1, 101));

        assertThat(journal.newest(pilot, 3)).extracting(WalletJournalEntry::id).containsExactly(100L, 99L, 98L);
    }

    @Test
    void ownersAreKeptApart() {
        journal.insertNew(pilot, JournalFixtures.entries(1, 11));
        assertThat(journal.insertNew(masterWallet, JournalFixtures.entries(1, 21))).isEqualTo(20);
        assertThat(journal.insertNew(secondDivision, JournalFixtures.entries(5, 35))).isEqualTo(30);

        assertThat(journal.count(pilot)).isEqualTo(10);
        assertThat(journal.count(masterWallet)).isEqualTo(20);
        assertThat(journal.newestId(secondDivision)).hasValue(34);
        assertThat(journal.newest(masterWallet, 100)).hasSize(20);
    }

    @Test
    void everyFieldRoundTrips() {
        List<WalletJournalEntry> entries = JournalFixtures.entries(1, 31);
        journal.insertNew(pilot, entries);

        assertThat(journal.newest(pilot, 100)).containsExactlyInAnyOrderElementsOf(entries);
    }

    @Test
    void joinsTheCallersTransaction() throws Exception {
        var enlisted = new SingleConnection(db.dataSource(), false, false);
        var inTransaction = new JdbcWalletJournalRepository(enlisted.dataSource());

        assertThat(inTransaction.insertNew(pilot, JournalFixtures.entries(1, 11))).isEqualTo(10);
        enlisted.connection().rollback();
        assertThat(inTransaction.insertNew(pilot, JournalFixtures.entries(1, 6))).isEqualTo(5);
        enlisted.connection().commit();
        enlisted.connection().close();

        assertThat(journal.count(pilot)).isEqualTo(5);
    }

    @Test
    void worksWithoutTheCopyApi() throws Exception {
        var plainJdbc = new SingleConnection(db.dataSource(), true, true);
        var batched = new JdbcWalletJournalRepository(plainJdbc.dataSource());
        List<WalletJournalEntry> entries = JournalFixtures.entries(1, 31);

        assertThat(batched.insertNew(pilot, entries)).isEqualTo(30);
        assertThat(batched.insertNew(pilot, JournalFixtures.entries(21, 41))).isEqualTo(10);
        plainJdbc.connection().close();

        assertThat(journal.newest(pilot, 100)).containsAll(entries).hasSize(40);
    }

    @Test
    void theDivisionTellsTheOwnerKindSoTheKeyCanLeaveItOut() throws Exception {
        try (var connection = db.dataSource().getConnection(); var statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute("insert into wallet_journal (owner_kind, owner_id, division, "
                    + "journal_id, date, ref_type, description) values ('CORPORATION', 1, 0, 1, now(), 'x', '')"))
                    .hasMessageContaining("ck_wallet_journal_kind_by_division");
        }
    }
}

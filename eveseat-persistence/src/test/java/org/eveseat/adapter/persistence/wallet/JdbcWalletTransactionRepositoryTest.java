package org.eveseat.adapter.persistence.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.LongStream;

import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.KeysetPage;
import org.eveseat.domain.wallet.model.TransactionSearch;
import org.eveseat.domain.wallet.model.WalletDivision;
import org.eveseat.domain.wallet.model.WalletTransaction;
import org.eveseat.domain.wallet.port.out.WalletTransactionRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcWalletTransactionRepositoryTest {
    private final TestDatabase db = TestDatabase.get();
    private final WalletTransactionRepository transactions = new JdbcWalletTransactionRepository(db.dataSource());
    private final JournalOwner pilot = JournalOwner.character(2112625428L);
    private final JournalOwner division = JournalOwner.corporation(98000001L, new WalletDivision(3));

    @BeforeEach
    void empty() {
        db.truncateApplicationTables();
    }

    @Test
    void storesOnlyNewTransactionsAndReadsThemBackWhole() {
        assertThat(transactions.newestId(pilot)).isEqualTo(OptionalLong.empty());
        assertThat(transactions.insertNew(pilot, range(1, 30))).isEqualTo(30);
        assertThat(transactions.insertNew(pilot, range(20, 40))).isEqualTo(10);
        assertThat(transactions.insertNew(division, range(1, 5))).isEqualTo(5);

        assertThat(transactions.newestId(pilot)).hasValue(40);
        assertThat(transactions.page(pilot, new TransactionSearch(null, null, 1)).items())
                .containsExactly(transaction(40));
        List<WalletTransaction> newestFirst = new ArrayList<>(range(1, 40));
        Collections.reverse(newestFirst);
        assertThat(transactions.page(pilot, new TransactionSearch(null, null, 40)).items())
                .containsExactlyElementsOf(newestFirst);
    }

    @Test
    void pagesByIdBothWays() {
        transactions.insertNew(pilot, range(1, 25));

        KeysetPage<WalletTransaction> older = transactions.page(pilot, new TransactionSearch(11L, null, 5));
        assertThat(older.items()).extracting(WalletTransaction::transactionId).containsExactly(10L, 9L, 8L, 7L, 6L);
        assertThat(older.older()).isEqualTo(6L);
        KeysetPage<WalletTransaction> newer = transactions.page(pilot, new TransactionSearch(null, 20L, 10));
        assertThat(newer.items()).extracting(WalletTransaction::transactionId).containsExactly(25L, 24L, 23L, 22L,
                21L);
        assertThat(newer.newer()).isNull();
    }

    private List<WalletTransaction> range(long from, long to) {
        return LongStream.rangeClosed(from, to).mapToObj(JdbcWalletTransactionRepositoryTest::transaction).toList();
    }

    private static WalletTransaction transaction(long id) {
        return new WalletTransaction(id, Instant.parse("2026-05-01T00:00:00Z").plusSeconds(id), new TypeId(34),
                id * 10, Isk.of("4.99"), id % 2 == 0, id % 3 == 0 ? null : id % 3 == 1, 90000001L, 60003760L,
                id % 4 == 0 ? null : 5000 + id);
    }
}

package org.eveseat.adapter.persistence.wallet;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.OptionalLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.JdbcRepository;
import org.eveseat.adapter.persistence.Conditions;
import org.eveseat.adapter.persistence.Keyset;
import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.KeysetPage;
import org.eveseat.domain.wallet.model.TransactionSearch;
import org.eveseat.domain.wallet.model.WalletTransaction;
import org.eveseat.domain.wallet.port.out.WalletTransactionRepository;

/** Market transactions in plain JDBC: a batch of inserts that skips known ids, and keyset pages by id. */
@ApplicationScoped
public class JdbcWalletTransactionRepository extends JdbcRepository implements WalletTransactionRepository {
    private static final String COLUMNS = "transaction_id, date, type_id, quantity, unit_price, is_buy, "
            + "is_personal, client_id, location_id, journal_ref_id";
    private static final String INSERT = "insert into wallet_transaction (owner_id, division, " + COLUMNS
            + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing";


    protected JdbcWalletTransactionRepository() {
        // for CDI
    }

    public JdbcWalletTransactionRepository(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public int insertNew(JournalOwner owner, List<WalletTransaction> transactions) {
        return sql().batch(INSERT, transactions, (s, t) -> bind(s, owner, t));
    }

    @Override
    public OptionalLong newestId(JournalOwner owner) {
        Conditions where = OwnerConditions.of(owner, false);
        Long newest = sql().query("select max(transaction_id) from wallet_transaction" + where.where(), where::bind,
                rs -> rs.getObject(1, Long.class)).get(0);
        return newest == null ? OptionalLong.empty() : OptionalLong.of(newest);
    }

    @Override
    public KeysetPage<WalletTransaction> page(JournalOwner owner, TransactionSearch search) {
        Keyset keyset = new Keyset("transaction_id", search.beforeId(), search.afterId(), search.limit());
        Conditions where = keyset.restrict(OwnerConditions.of(owner, false));
        return keyset.page(sql().query("select " + COLUMNS + " from wallet_transaction" + where.where()
                + keyset.orderAndLimit(), where::bind, JdbcWalletTransactionRepository::transaction),
                WalletTransaction::transactionId);
    }

    private static void bind(PreparedStatement s, JournalOwner owner, WalletTransaction t) throws SQLException {
        s.setLong(1, owner.id());
        s.setShort(2, (short) owner.division());
        s.setLong(3, t.transactionId());
        s.setObject(4, Timestamps.toColumn(t.date()));
        s.setLong(5, t.typeId().value());
        s.setLong(6, t.quantity());
        s.setBigDecimal(7, t.unitPrice().amount());
        s.setBoolean(8, t.buy());
        s.setObject(9, t.personal(), Types.BOOLEAN);
        s.setLong(10, t.clientId());
        s.setLong(11, t.locationId());
        s.setObject(12, t.journalRefId(), Types.BIGINT);
    }

    private static WalletTransaction transaction(ResultSet rs) throws SQLException {
        return new WalletTransaction(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                new TypeId(rs.getLong(3)), rs.getLong(4), new Isk(rs.getBigDecimal(5)), rs.getBoolean(6),
                rs.getObject(7, Boolean.class), rs.getLong(8), rs.getLong(9), rs.getObject(10, Long.class));
    }

}

package org.eveseat.adapter.persistence.wallet;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.WalletJournalEntry;

/**
 * Adds newly stored entries to the rollups the statistics read ({@code wallet_journal_day} and
 * {@code wallet_journal_party}), in the writer's transaction. Journal entries never change, so a rollup only ever
 * grows: each key's sums are added to what is there. The fast path sends these upserts in its range check's round
 * trip ({@link JournalFastPath}); the stage path adds what it moved.
 */
final class JournalRollup {
    private static final String SUMS = "income = t.income + excluded.income, expense = t.expense + excluded.expense, "
            + "entries = t.entries + excluded.entries";

    private JournalRollup() {
    }

    /** The two upserts, each adding its rows only where {@code condition} holds (SQL, may be empty). */
    static String upserts(String condition, String separator) {
        return "insert into wallet_journal_day as t (owner_id, division, day, ref_type, income, expense, entries) "
                + "select ?, ?, d::date, r, i, e, n from unnest(?::text[], ?::text[], ?::numeric[], ?::numeric[], "
                + "?::bigint[]) as u(d, r, i, e, n) " + condition + " on conflict (owner_id, division, day, ref_type) "
                + "do update set " + SUMS + separator
                + "insert into wallet_journal_party as t (owner_id, division, month, start, party_id, income, expense, "
                + "entries, valued) select ?, ?, m, s::date, p, i, e, n, v from unnest(?::boolean[], ?::text[], "
                + "?::bigint[], ?::numeric[], ?::numeric[], ?::bigint[], ?::bigint[]) as u(m, s, p, i, e, n, v) "
                + condition + " on conflict (owner_id, division, month, start, party_id) do update set " + SUMS
                + ", valued = t.valued + excluded.valued";
    }

    static void add(Connection connection, JournalOwner owner, List<WalletJournalEntry> stored) throws SQLException {
        if (stored.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(upserts("", "; "))) {
            bind(upsert, 1, owner, stored);
            upsert.execute();
        }
    }

    /** Binds the parameters of {@link #upserts}, the first at {@code index}. */
    static void bind(PreparedStatement upsert, int index, JournalOwner owner, List<WalletJournalEntry> entries)
            throws SQLException {
        JournalSums sums = JournalSums.of(owner, entries);
        List<Map.Entry<JournalSums.DayKey, JournalSums.Sum>> days = List.copyOf(sums.byDay.entrySet());
        List<Map.Entry<JournalSums.PartyKey, JournalSums.Sum>> parties = List.copyOf(sums.byParty.entrySet());
        Parameters p = new Parameters(upsert, index);
        p.owner(owner);
        p.array("text", days, e -> e.getKey().day().toString());
        p.array("text", days, e -> e.getKey().refType());
        p.sums(days);
        p.owner(owner);
        p.array("boolean", parties, e -> e.getKey().month());
        p.array("text", parties, e -> e.getKey().start().toString());
        p.array("bigint", parties, e -> e.getKey().party());
        p.sums(parties);
        p.array("bigint", parties, e -> e.getValue().valued);
    }

    /** The statement's parameters in order: scalars for the owner, one array per column of the rows. */
    private static final class Parameters {
        private final PreparedStatement statement;
        private int index;

        Parameters(PreparedStatement statement, int index) {
            this.statement = statement;
            this.index = index;
        }

        void owner(JournalOwner owner) throws SQLException {
            statement.setLong(index++, owner.id());
            statement.setShort(index++, (short) owner.division());
        }

        <K> void sums(List<Map.Entry<K, JournalSums.Sum>> rows) throws SQLException {
            array("numeric", rows, e -> e.getValue().income);
            array("numeric", rows, e -> e.getValue().expense);
            array("bigint", rows, e -> e.getValue().entries);
        }

        <T> void array(String type, List<T> rows, Function<T, Object> column) throws SQLException {
            statement.setArray(index++, statement.getConnection().createArrayOf(type,
                    rows.stream().map(column).toArray()));
        }
    }
}

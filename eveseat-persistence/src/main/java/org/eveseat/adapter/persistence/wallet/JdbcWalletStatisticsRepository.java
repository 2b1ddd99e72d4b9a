package org.eveseat.adapter.persistence.wallet;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.JdbcRepository;
import org.eveseat.adapter.persistence.Sql;
import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.JournalRefType;
import org.eveseat.domain.wallet.model.StatisticsRange;
import org.eveseat.domain.wallet.model.Totals;
import org.eveseat.domain.wallet.model.WalletStatistics;
import org.eveseat.domain.wallet.model.WalletStatistics.ByCounterparty;
import org.eveseat.domain.wallet.model.WalletStatistics.ByPeriod;
import org.eveseat.domain.wallet.model.WalletStatistics.ByRefType;
import org.eveseat.domain.wallet.port.out.WalletStatisticsRepository;

/**
 * The three groupings as three aggregate queries, each over the rollups the journal writer keeps for the whole
 * UTC days of the range and over the journal's rows for the partial days at its edges ({@link StatisticsSpan}).
 * The counterparty of an entry is whichever party is not the wallet's owner; buckets are cut in UTC.
 */
@ApplicationScoped
public class JdbcWalletStatisticsRepository extends JdbcRepository implements WalletStatisticsRepository {
    static final String TOTALS = "coalesce(sum(amount) filter (where amount > 0), 0), "
            + "coalesce(sum(amount) filter (where amount < 0), 0), count(*)";
    private static final String SUMS = "sum(income), sum(expense), sum(entries)";
    private static final String ROLLUP_OWNER = "owner_id = ? and division = ?";
    private static final String EDGES = " from wallet_journal where " + JournalRows.OWNER
            + " and (date >= ? and date < ? or date >= ? and date < ?)";


    protected JdbcWalletStatisticsRepository() {
        // for CDI
    }

    public JdbcWalletStatisticsRepository(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public WalletStatistics statistics(JournalOwner owner, StatisticsRange range) {
        Sql sql = sql();
        StatisticsSpan span = StatisticsSpan.of(range.from(), range.to());
        String days = " from wallet_journal_day where " + ROLLUP_OWNER + " and day >= ? and day < ?";
        var byRefType = sql().query("select ref_type, " + SUMS + " from (select ref_type, income, expense, entries"
                        + days + " union all select ref_type, " + TOTALS + EDGES + " group by ref_type) s"
                        + " group by ref_type order by ref_type",
                s -> bind(s, owner, span, false), rs -> new ByRefType(new JournalRefType(rs.getString(1)),
                        totals(rs, 2)));
        String unit = "'" + range.period().name().toLowerCase(Locale.ROOT) + "'";
        var byPeriod = sql().query("select bucket, " + SUMS + " from (select date_trunc(" + unit
                        + ", day::timestamp at time zone 'UTC', 'UTC') as bucket, income, expense, entries" + days
                        + " union all select date_trunc(" + unit + ", date, 'UTC') as bucket, " + TOTALS + EDGES
                        + " group by 1) s group by bucket order by bucket",
                s -> bind(s, owner, span, false), rs -> new ByPeriod(Timestamps.fromColumn(rs.getObject(1,
                        OffsetDateTime.class)), totals(rs, 2)));
        var top = sql().query("select party, " + SUMS + " from (select party_id as party, income, expense, entries, "
                        + "valued from wallet_journal_party where " + ROLLUP_OWNER + " and (not month and (start >= ?"
                        + " and start < ? or start >= ? and start < ?) or month and start >= ? and start < ?)"
                        + " union all select party, " + TOTALS + ", count(amount) from (select amount, case when "
                        + "first_party_id = " + owner.id() + " then second_party_id else first_party_id end as party"
                        + EDGES + ") p where party is not null group by party) s group by party"
                        + " order by case when sum(valued) > 0 then sum(income) - sum(expense) end desc nulls last,"
                        + " party limit " + range.top(),
                s -> bind(s, owner, span, true), rs -> new ByCounterparty(rs.getLong(1), null, totals(rs, 2)));
        return new WalletStatistics(byRefType, byPeriod, top);
    }

    /** The rollup's part, then the rows' part, of {@link StatisticsSpan}. */
    private static void bind(PreparedStatement statement, JournalOwner owner, StatisticsSpan span, boolean parties)
            throws SQLException {
        List<Object> values = new ArrayList<>(List.of(owner.id(), (short) owner.division()));
        values.addAll(parties ? List.of(span.firstDay(), span.firstMonth(), span.endMonth(), span.endDay(),
                span.firstMonth(), span.endMonth()) : List.of(span.firstDay(), span.endDay()));
        values.addAll(List.of(owner.id(), (short) owner.division(), owner.kind().name(),
                Timestamps.toColumn(span.from()), Timestamps.toColumn(span.headEnd()),
                Timestamps.toColumn(span.tailStart()), Timestamps.toColumn(span.to())));
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof LocalDate day) {
                statement.setObject(i + 1, day, Types.DATE);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    static Totals totals(ResultSet rs, int first) throws SQLException {
        return new Totals(new Isk(rs.getBigDecimal(first)), new Isk(rs.getBigDecimal(first + 1)),
                rs.getLong(first + 2));
    }
}

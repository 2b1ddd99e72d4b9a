package org.eveseat.adapter.persistence.wallet;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Locale;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.JdbcRepository;
import org.eveseat.adapter.persistence.Conditions;
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
 * The three groupings as three aggregate queries over the owner's date range ({@code ix_wallet_journal_date}).
 * The counterparty of an entry is whichever party is not the wallet's owner; buckets are cut in UTC.
 */
@ApplicationScoped
public class JdbcWalletStatisticsRepository extends JdbcRepository implements WalletStatisticsRepository {
    private static final String TOTALS = "coalesce(sum(amount) filter (where amount > 0), 0), "
            + "coalesce(sum(amount) filter (where amount < 0), 0), count(*)";


    protected JdbcWalletStatisticsRepository() {
        // for CDI
    }

    public JdbcWalletStatisticsRepository(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public WalletStatistics statistics(JournalOwner owner, StatisticsRange range) {
        Sql sql = sql();
        Conditions where = OwnerConditions.of(owner, true).add("date >= ?", Timestamps.toColumn(range.from()))
                .add("date < ?", Timestamps.toColumn(range.to()));
        String from = " from wallet_journal" + where.where();
        var byRefType = sql.query("select ref_type, " + TOTALS + from + " group by ref_type order by ref_type",
                where::bind, rs -> new ByRefType(new JournalRefType(rs.getString(1)), totals(rs, 2)));
        String unit = range.period().name().toLowerCase(Locale.ROOT);
        var byPeriod = sql.query("select date_trunc('" + unit + "', date, 'UTC') as bucket, " + TOTALS
                        + from + " group by bucket order by bucket",
                where::bind, rs -> new ByPeriod(Timestamps.fromColumn(rs.getObject(1,
                        OffsetDateTime.class)), totals(rs, 2)));
        var top = sql.query("select party, " + TOTALS + " from (select amount, case when first_party_id = "
                        + owner.id() + " then second_party_id else first_party_id end as party" + from
                        + ") p where party is not null group by party"
                        + " order by sum(abs(amount)) desc nulls last, party limit " + range.top(),
                where::bind, rs -> new ByCounterparty(rs.getLong(1), null, totals(rs, 2)));
        return new WalletStatistics(byRefType, byPeriod, top);
    }

    private static Totals totals(ResultSet rs, int first) throws SQLException {
        return new Totals(new Isk(rs.getBigDecimal(first)), new Isk(rs.getBigDecimal(first + 1)),
                rs.getLong(first + 2));
    }
}

package org.eveseat.adapter.persistence.wallet;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.JdbcRepository;
import org.eveseat.adapter.persistence.Conditions;
import org.eveseat.adapter.persistence.Keyset;
import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.domain.wallet.model.JournalFilter;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.JournalRefType;
import org.eveseat.domain.wallet.model.JournalSearch;
import org.eveseat.domain.wallet.model.KeysetPage;
import org.eveseat.domain.wallet.model.WalletJournalEntry;
import org.eveseat.domain.wallet.port.out.JournalSearchRepository;

/** Journal pages as one keyset query over the primary key, the filters applied on the way. */
@ApplicationScoped
public class JdbcJournalSearchRepository extends JdbcRepository implements JournalSearchRepository {

    protected JdbcJournalSearchRepository() {
        // for CDI
    }

    public JdbcJournalSearchRepository(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public KeysetPage<WalletJournalEntry> page(JournalOwner owner, JournalSearch search) {
        Keyset keyset = new Keyset("journal_id", search.beforeId(), search.afterId(), search.limit());
        Conditions where = keyset.restrict(filtered(OwnerConditions.of(owner, true), search.filter()));
        String sql = "select " + JournalRows.COLUMNS + " from wallet_journal" + where.where() + keyset.orderAndLimit();
        return keyset.page(sql().query(sql, where::bind, JournalRows::entry), WalletJournalEntry::id);
    }

    private static Conditions filtered(Conditions conditions, JournalFilter filter) {
        Long party = filter.counterpartyId();
        return conditions
                .addIf(!filter.refTypes().isEmpty(), "ref_type = any(?)",
                        (Object) filter.refTypes().stream().map(JournalRefType::esiValue).toArray(String[]::new))
                .addIf(filter.from() != null, "date >= ?", Timestamps.toColumn(filter.from()))
                .addIf(filter.to() != null, "date < ?", Timestamps.toColumn(filter.to()))
                .addIf(filter.minAmount() != null, "amount >= ?",
                        filter.minAmount() == null ? null : filter.minAmount().amount())
                .addIf(filter.maxAmount() != null, "amount <= ?",
                        filter.maxAmount() == null ? null : filter.maxAmount().amount())
                .addIf(party != null, "(first_party_id = ? or second_party_id = ?)", party, party);
    }
}

package org.eveseat.adapter.persistence.killmail;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.eveseat.adapter.persistence.Conditions;
import org.eveseat.adapter.persistence.Keyset;
import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.domain.killmail.model.KillmailFilter;
import org.eveseat.domain.killmail.model.KillmailSearch;
import org.eveseat.domain.killmail.model.KillmailSummary;
import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.wallet.model.KeysetPage;

/**
 * The listing's query: the viewer's share (what the account's characters, or the corporations they are in, saw;
 * everything for an admin), the filters, and a keyset page by killmail id.
 */
final class KillmailSearchSql {
    /** Two parameters: the account id, twice. */
    static final String SEEN_BY_ACCOUNT = "exists (select 1 from killmail_seen s where s.killmail_id = k.killmail_id "
            + "and ((s.owner_kind = 'CHARACTER' and s.owner_id in (select id from eve_character where account_id = ?)) "
            + "or (s.owner_kind = 'CORPORATION' and s.owner_id in "
            + "(select corporation_id from eve_character where account_id = ? and corporation_id is not null))))";
    private static final String SEEN_BY = "exists (select 1 from killmail_seen s where s.killmail_id = k.killmail_id "
            + "and s.owner_kind = ? and s.owner_id = ?)";

    private final Keyset keyset;
    private final Conditions where;

    KillmailSearchSql(Viewer viewer, KillmailSearch search) {
        KillmailFilter filter = search.filter();
        long account = viewer.accountId().value();
        keyset = new Keyset("k.killmail_id", search.beforeId(), search.afterId(), search.limit());
        // "true" keeps the clause well formed for an admin without filters
        Conditions conditions = new Conditions().add("true").addIf(!viewer.admin(), SEEN_BY_ACCOUNT, account, account)
                .addIf(filter.from() != null, "k.killmail_time >= ?", Timestamps.toColumn(filter.from()))
                .addIf(filter.to() != null, "k.killmail_time < ?", Timestamps.toColumn(filter.to()));
        if (filter.seenByCharacter() != null) {
            conditions.add(SEEN_BY, "CHARACTER", filter.seenByCharacter().value());
        }
        if (filter.seenByCorporation() != null) {
            conditions.add(SEEN_BY, "CORPORATION", filter.seenByCorporation().value());
        }
        if (filter.system() != null) {
            conditions.add("k.solar_system_id = ?", filter.system().value());
        }
        if (filter.region() != null) {
            conditions.add("k.region_id = ?", filter.region().value());
        }
        if (filter.victimShipType() != null) {
            conditions.add("k.victim_ship_type_id = ?", filter.victimShipType().value());
        }
        where = keyset.restrict(conditions);
    }

    String sql() {
        return "select " + KillmailRows.SUMMARY + " from killmail k" + where.where() + keyset.orderAndLimit();
    }

    void bind(PreparedStatement statement) throws SQLException {
        where.bind(statement);
    }

    KeysetPage<KillmailSummary> page(List<KillmailSummary> oneMore) {
        return keyset.page(oneMore, KillmailSummary::killmailId);
    }
}

package org.eveseat.adapter.persistence.wallet;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.JdbcRepository;
import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.domain.corporation.model.CorporationDivisions;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.wallet.model.CorporationWallet;
import org.eveseat.domain.wallet.model.DivisionBalance;
import org.eveseat.domain.wallet.model.WalletDivision;
import org.eveseat.domain.wallet.port.out.CorporationWalletRepository;

/** Division balances and names as upserts of one row per division, each leaving the other column as it was. */
@ApplicationScoped
public class JdbcCorporationWalletRepository extends JdbcRepository implements CorporationWalletRepository {

    protected JdbcCorporationWalletRepository() {
        // for CDI
    }

    public JdbcCorporationWalletRepository(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public void saveBalances(CorporationId corporationId, List<DivisionBalance> balances, Instant syncedAt) {
        sql().batch("insert into corporation_wallet_division (corporation_id, division, balance, synced_at) "
                + "values (?, ?, ?, ?) on conflict (corporation_id, division) do update "
                + "set balance = excluded.balance, synced_at = excluded.synced_at", balances, (s, b) -> {
                    s.setLong(1, corporationId.value());
                    s.setShort(2, (short) b.division().number());
                    s.setBigDecimal(3, b.balance().amount());
                    s.setObject(4, Timestamps.toColumn(syncedAt));
                });
    }

    @Override
    public void saveNames(CorporationId corporationId, List<CorporationDivisions.Division> names) {
        sql().batch("insert into corporation_wallet_division (corporation_id, division, name) values (?, ?, ?) "
                + "on conflict (corporation_id, division) do update set name = excluded.name", names, (s, d) -> {
                    s.setLong(1, corporationId.value());
                    s.setShort(2, (short) d.number());
                    s.setString(3, d.name());
                });
    }

    @Override
    public List<CorporationWallet> wallets(CorporationId corporationId) {
        return sql().query("select n, d.name, d.balance, d.synced_at from generate_series(1, 7) n "
                + "left join corporation_wallet_division d on d.corporation_id = ? and d.division = n order by n",
                s -> s.setLong(1, corporationId.value()), rs -> new CorporationWallet(new WalletDivision(rs.getInt(1)),
                        rs.getString(2), rs.getBigDecimal(3) == null ? null : new Isk(rs.getBigDecimal(3)),
                        Timestamps.fromColumn(rs.getObject(4, OffsetDateTime.class))));
    }

}

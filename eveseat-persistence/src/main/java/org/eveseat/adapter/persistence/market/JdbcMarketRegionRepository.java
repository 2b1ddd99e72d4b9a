package org.eveseat.adapter.persistence.market;

import java.sql.PreparedStatement;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.JdbcRepository;
import org.eveseat.adapter.persistence.TransactionRequired;
import org.eveseat.domain.market.model.HubRegions;
import org.eveseat.domain.market.port.out.MarketRegionRepository;
import org.eveseat.domain.shared.RegionId;

/** The kept regions in the admin's order; none stored means the five trade hub regions. */
@ApplicationScoped
@TransactionRequired
public class JdbcMarketRegionRepository extends JdbcRepository implements MarketRegionRepository {
    protected JdbcMarketRegionRepository() {
        // for CDI
    }

    public JdbcMarketRegionRepository(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public List<RegionId> regions() {
        List<RegionId> chosen = sql().query("select region_id from market_region order by position", s -> { },
                rs -> new RegionId(rs.getLong(1)));
        return chosen.isEmpty() ? HubRegions.ALL : chosen;
    }

    @Override
    public void replace(List<RegionId> regions) {
        OneTransaction.run(dataSource(), c -> {
            SnapshotTable.execute(c, "delete from market_region");
            try (PreparedStatement insert = c.prepareStatement("insert into market_region (region_id, position) "
                    + "values (?, ?)")) {
                for (int i = 0; i < regions.size(); i++) {
                    insert.setLong(1, regions.get(i).value());
                    insert.setInt(2, i);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }
}

package org.eveseat.adapter.persistence.marketprice;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.JdbcRepository;
import org.eveseat.adapter.persistence.TransactionRequired;
import org.eveseat.domain.market.model.MarketPrice;
import org.eveseat.domain.market.port.out.MarketPriceRepository;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.TypeId;

/** One row per type; a new list replaces the old one in the call's transaction, so readers see one or the other. */
@ApplicationScoped
@TransactionRequired
public class JdbcMarketPriceRepository extends JdbcRepository implements MarketPriceRepository {
    private static final String COLUMNS = "select type_id, average_price, adjusted_price from market_price ";

    protected JdbcMarketPriceRepository() {
        // for CDI
    }

    public JdbcMarketPriceRepository(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public void replaceAll(List<MarketPrice> prices) {
        sql().update("delete from market_price", s -> { });
        sql().batch("insert into market_price (type_id, average_price, adjusted_price) values (?, ?, ?) "
                + "on conflict (type_id) do nothing", prices, (s, price) -> {
                    s.setLong(1, price.typeId().value());
                    s.setObject(2, amount(price.averagePrice()), Types.NUMERIC);
                    s.setObject(3, amount(price.adjustedPrice()), Types.NUMERIC);
                });
    }

    @Override
    public Map<TypeId, MarketPrice> find(Collection<TypeId> typeIds) {
        Map<TypeId, MarketPrice> found = new HashMap<>();
        sql().query(COLUMNS + "where type_id = any(?)", s -> s.setArray(1, s.getConnection().createArrayOf("bigint",
                typeIds.stream().map(TypeId::value).toArray(Long[]::new))), JdbcMarketPriceRepository::price)
                .forEach(price -> found.put(price.typeId(), price));
        return found;
    }

    @Override
    public List<MarketPrice> page(int offset, int limit) {
        return sql().query(COLUMNS + "order by type_id offset ? limit ?", s -> {
            s.setInt(1, offset);
            s.setInt(2, limit);
        }, JdbcMarketPriceRepository::price);
    }

    @Override
    public long count() {
        return sql().query("select count(*) from market_price", s -> { }, rs -> rs.getLong(1)).get(0);
    }

    private static BigDecimal amount(Isk isk) {
        return isk == null ? null : isk.amount();
    }

    private static MarketPrice price(ResultSet rs) throws SQLException {
        BigDecimal average = rs.getBigDecimal(2);
        BigDecimal adjusted = rs.getBigDecimal(3);
        return new MarketPrice(new TypeId(rs.getLong(1)), average == null ? null : new Isk(average),
                adjusted == null ? null : new Isk(adjusted));
    }
}

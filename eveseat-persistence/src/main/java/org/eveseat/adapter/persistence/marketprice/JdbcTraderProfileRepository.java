package org.eveseat.adapter.persistence.marketprice;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.JdbcRepository;
import org.eveseat.adapter.persistence.TransactionRequired;
import org.eveseat.domain.market.model.TradeSkills;
import org.eveseat.domain.market.model.TraderProfile;
import org.eveseat.domain.market.port.out.TraderProfileRepository;
import org.eveseat.domain.shared.CharacterId;

/** The three trade skill levels in one row per character, its NPC standings one row each. */
@ApplicationScoped
@TransactionRequired
public class JdbcTraderProfileRepository extends JdbcRepository implements TraderProfileRepository {
    protected JdbcTraderProfileRepository() {
        // for CDI
    }

    public JdbcTraderProfileRepository(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public void saveSkills(CharacterId characterId, TradeSkills skills) {
        sql().update("insert into market_trader_skill (character_id, accounting, broker_relations, "
                + "advanced_broker_relations) values (?, ?, ?, ?) on conflict (character_id) do update set "
                + "accounting = excluded.accounting, broker_relations = excluded.broker_relations, "
                + "advanced_broker_relations = excluded.advanced_broker_relations", s -> {
                    s.setLong(1, characterId.value());
                    s.setInt(2, skills.accounting());
                    s.setInt(3, skills.brokerRelations());
                    s.setInt(4, skills.advancedBrokerRelations());
                });
    }

    @Override
    public void saveStandings(CharacterId characterId, Map<Long, Double> standings) {
        sql().update("delete from market_trader_standing where character_id = ?",
                s -> s.setLong(1, characterId.value()));
        sql().batch("insert into market_trader_standing (character_id, from_id, standing) values (?, ?, ?) "
                + "on conflict do nothing", standings.entrySet(), (s, standing) -> {
                    s.setLong(1, characterId.value());
                    s.setLong(2, standing.getKey());
                    s.setDouble(3, standing.getValue());
                });
    }

    @Override
    public Optional<TraderProfile> find(CharacterId characterId) {
        List<TradeSkills> skills = sql().query("select accounting, broker_relations, advanced_broker_relations from "
                + "market_trader_skill where character_id = ?", s -> s.setLong(1, characterId.value()),
                rs -> new TradeSkills(rs.getInt(1), rs.getInt(2), rs.getInt(3)));
        Map<Long, Double> standings = new HashMap<>();
        sql().query("select from_id, standing from market_trader_standing where character_id = ?",
                s -> s.setLong(1, characterId.value()), rs -> standings.put(rs.getLong(1), rs.getDouble(2)));
        if (skills.isEmpty() && standings.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TraderProfile(skills.isEmpty() ? TradeSkills.UNTRAINED : skills.get(0), standings));
    }
}

package org.eveseat.adapter.persistence.intel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.TransactionRequired;
import org.eveseat.adapter.persistence.JdbcRepository;
import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.domain.intel.model.CampaignEventType;
import org.eveseat.domain.intel.model.SovereigntyCampaign;
import org.eveseat.domain.intel.model.SystemHolder;
import org.eveseat.domain.intel.port.out.SovereigntyRepository;
import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.ConstellationId;
import org.eveseat.domain.shared.SolarSystemId;

/** The holders and campaigns, each replaced whole in one transaction so a reader never sees half a map. */
@ApplicationScoped
@TransactionRequired
public class JdbcSovereigntyRepository extends JdbcRepository implements SovereigntyRepository {
    protected JdbcSovereigntyRepository() {
        // for CDI
    }

    public JdbcSovereigntyRepository(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public void replaceHolders(List<SystemHolder> holders) {
        sql().update("delete from map_sovereignty", s -> { });
        sql().batch("insert into map_sovereignty (system_id, alliance_id, faction_id, holder_name) values (?, ?, ?, ?) "
                + "on conflict (system_id) do nothing", holders, (s, h) -> {
                    s.setLong(1, h.systemId().value());
                    s.setObject(2, h.allianceId());
                    s.setObject(3, h.factionId());
                    s.setString(4, h.name());
                });
    }

    @Override
    public List<SystemHolder> holders() {
        return sql().query("select system_id, alliance_id, faction_id, holder_name from map_sovereignty "
                + "order by system_id", s -> { }, rs -> new SystemHolder(new SolarSystemId(rs.getLong(1)),
                rs.getObject(2, Long.class), rs.getObject(3, Long.class), rs.getString(4)));
    }

    @Override
    public void replaceCampaigns(List<SovereigntyCampaign> campaigns) {
        sql().update("delete from map_sovereignty_campaign", s -> { });
        sql().batch("insert into map_sovereignty_campaign (campaign_id, event_type, structure_id, system_id, "
                + "constellation_id, start_time, defender_id, defender_score, attackers_score, participants) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (campaign_id) do nothing", campaigns, (s, c) -> {
                    s.setLong(1, c.campaignId());
                    s.setString(2, c.eventType().name());
                    s.setLong(3, c.structureId());
                    s.setLong(4, c.solarSystemId().value());
                    s.setLong(5, c.constellationId().value());
                    s.setObject(6, Timestamps.toColumn(c.startTime()));
                    s.setObject(7, c.defenderId() == null ? null : c.defenderId().value(), java.sql.Types.BIGINT);
                    s.setObject(8, c.defenderScore(), java.sql.Types.DOUBLE);
                    s.setObject(9, c.attackersScore(), java.sql.Types.DOUBLE);
                    s.setString(10, CampaignParticipants.toColumn(c.participants()));
                });
    }

    @Override
    public List<SovereigntyCampaign> campaigns() {
        return sql().query("select campaign_id, event_type, structure_id, system_id, constellation_id, start_time, "
                + "defender_id, defender_score, attackers_score, participants from map_sovereignty_campaign "
                + "order by start_time, campaign_id", s -> { }, JdbcSovereigntyRepository::campaign);
    }

    private static SovereigntyCampaign campaign(ResultSet rs) throws SQLException {
        Long defender = rs.getObject(7, Long.class);
        return new SovereigntyCampaign(rs.getLong(1), CampaignEventType.valueOf(rs.getString(2)), rs.getLong(3),
                new SolarSystemId(rs.getLong(4)), new ConstellationId(rs.getLong(5)),
                Timestamps.fromColumn(rs.getObject(6, OffsetDateTime.class)),
                defender == null ? null : new AllianceId(defender), rs.getObject(8, Double.class),
                rs.getObject(9, Double.class), CampaignParticipants.fromColumn(rs.getString(10)));
    }
}

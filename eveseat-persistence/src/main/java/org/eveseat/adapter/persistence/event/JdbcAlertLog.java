package org.eveseat.adapter.persistence.event;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.JdbcRepository;
import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.adapter.persistence.TransactionRequired;
import org.eveseat.domain.event.port.out.AlertLog;

/**
 * Raised alerts by key, inserted in one statement {@code on conflict do nothing}: of two syncs or nodes, one raises
 * each alert.
 */
@ApplicationScoped
@TransactionRequired
public class JdbcAlertLog extends JdbcRepository implements AlertLog {

    protected JdbcAlertLog() {
        // for CDI
    }

    public JdbcAlertLog(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public Set<String> firstTimes(Collection<String> keys, Instant at) {
        return Set.copyOf(sql().query("insert into alert_raised (alert_key, raised_at) "
                + "select key, ? from unnest(?) as key on conflict do nothing returning alert_key", s -> {
                    s.setObject(1, Timestamps.toColumn(at));
                    s.setArray(2, s.getConnection().createArrayOf("varchar", keys.toArray()));
                }, rs -> rs.getString(1)));
    }
}

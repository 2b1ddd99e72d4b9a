package org.eveseat.adapter.persistence.event;

import java.time.Instant;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eveseat.adapter.persistence.Sql;
import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.domain.event.port.out.AlertLog;

/** Raised alerts by key, inserted {@code on conflict do nothing}: of two syncs or nodes, one raises the alert. */
@ApplicationScoped
@Transactional
public class JdbcAlertLog implements AlertLog {
    @Resource(lookup = "jdbc/eveseat")
    private DataSource dataSource;

    protected JdbcAlertLog() {
        // for CDI
    }

    public JdbcAlertLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean firstTime(String key, Instant at) {
        return new Sql(dataSource).update("insert into alert_raised (alert_key, raised_at) values (?, ?) "
                + "on conflict do nothing", s -> {
                    s.setString(1, key);
                    s.setObject(2, Timestamps.toColumn(at));
                }) == 1;
    }
}

package org.eveseat.adapter.persistence.sync;

import java.time.OffsetDateTime;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.Sql;
import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.domain.sync.model.JobRunRef;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.port.out.JobRunRepository;

/** The log of started job executions, one row each. */
@ApplicationScoped
public class JdbcJobRunRepository implements JobRunRepository {
    @Resource(lookup = "jdbc/eveseat")
    private DataSource dataSource;
    private Sql sql;

    protected JdbcJobRunRepository() {
        // for CDI
    }

    public JdbcJobRunRepository(DataSource dataSource) {
        this.dataSource = dataSource;
        init();
    }

    @PostConstruct
    void init() {
        sql = new Sql(dataSource);
    }

    @Override
    public void add(JobRunRef run) {
        sql.update("insert into sync_job_run (execution_id, job_name, endpoint, owner_id, started_at) "
                + "values (?, ?, ?, ?, ?) on conflict do nothing", s -> {
                    s.setLong(1, run.executionId());
                    s.setString(2, run.job());
                    s.setString(3, run.sync() == null ? null : run.sync().endpoint().name());
                    s.setObject(4, run.sync() == null ? null : run.sync().ownerId());
                    s.setObject(5, Timestamps.toColumn(run.startedAt()));
                });
    }

    @Override
    public List<JobRunRef> newest(int limit) {
        return sql.query("select execution_id, job_name, endpoint, owner_id, started_at from sync_job_run "
                + "order by execution_id desc limit ?", s -> s.setInt(1, limit), rs -> {
                    String endpoint = rs.getString(3);
                    SyncKey sync = endpoint == null ? null
                            : new SyncKey(SyncEndpoint.valueOf(endpoint), rs.getLong(4));
                    return new JobRunRef(rs.getLong(1), rs.getString(2), sync,
                            Timestamps.fromColumn(rs.getObject(5, OffsetDateTime.class)));
                });
    }
}

package org.eveseat.adapter.persistence.sync;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.JdbcRepository;
import org.eveseat.adapter.persistence.Sql;
import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.domain.sync.model.JobRunOutcome;
import org.eveseat.domain.sync.model.JobRunRef;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.port.out.JobRunRepository;

/** The log of started job executions, one row each, with its lease, progress and end. */
@ApplicationScoped
public class JdbcJobRunRepository extends JdbcRepository implements JobRunRepository {
    private static final String COLUMNS = "execution_id, job_name, endpoint, owner_id, started_at, outcome, ended_at, "
            + "pages_stored, rows_stored";

    private Sql sql;

    protected JdbcJobRunRepository() {
        // for CDI
    }

    public JdbcJobRunRepository(DataSource dataSource) {
        super(dataSource);
        init();
    }

    @PostConstruct
    void init() {
        sql = sql();
    }

    @Override
    public void add(JobRunRef run, Instant leaseUntil) {
        sql.update("insert into sync_job_run (execution_id, job_name, endpoint, owner_id, started_at, lease_until) "
                + "values (?, ?, ?, ?, ?, ?) on conflict (execution_id) do update "
                + "set started_at = least(sync_job_run.started_at, excluded.started_at)", s -> bind(s, run, leaseUntil));
    }

    @Override
    public void progressed(long executionId, long pagesStored, long rowsStored, Instant leaseUntil) {
        sql.update("update sync_job_run set pages_stored = ?, rows_stored = ?, lease_until = ? "
                + "where execution_id = ? and outcome is null", s -> {
                    s.setLong(1, pagesStored);
                    s.setLong(2, rowsStored);
                    s.setObject(3, Timestamps.toColumn(leaseUntil));
                    s.setLong(4, executionId);
                });
    }

    @Override
    public void ended(JobRunRef run) {
        sql.update("insert into sync_job_run (execution_id, job_name, endpoint, owner_id, started_at, lease_until, "
                + "outcome, ended_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (execution_id) do update "
                + "set outcome = excluded.outcome, ended_at = excluded.ended_at", s -> {
                    bind(s, run, run.endedAt());
                    s.setString(7, run.outcome().name());
                    s.setObject(8, Timestamps.toColumn(run.endedAt()));
                });
    }

    private static void bind(PreparedStatement s, JobRunRef run, Instant leaseUntil) throws SQLException {
        s.setLong(1, run.executionId());
        s.setString(2, run.job());
        s.setString(3, run.sync() == null ? null : run.sync().endpoint().name());
        s.setObject(4, run.sync() == null ? null : run.sync().ownerId());
        s.setObject(5, Timestamps.toColumn(run.startedAt()));
        s.setObject(6, Timestamps.toColumn(leaseUntil));
    }

    @Override
    public List<JobRunRef> abandonExpired(Instant now) {
        return sql.query("update sync_job_run set outcome = 'ABANDONED', ended_at = lease_until "
                + "where outcome is null and lease_until < ? returning " + COLUMNS,
                s -> s.setObject(1, Timestamps.toColumn(now)), JdbcJobRunRepository::run);
    }

    @Override
    public List<JobRunRef> newest(int limit) {
        return sql.query("select " + COLUMNS + " from sync_job_run order by execution_id desc limit ?",
                s -> s.setInt(1, limit), JdbcJobRunRepository::run);
    }

    private static JobRunRef run(ResultSet rs) throws SQLException {
        String endpoint = rs.getString(3);
        SyncKey sync = endpoint == null ? null : new SyncKey(SyncEndpoint.valueOf(endpoint), rs.getLong(4));
        String outcome = rs.getString(6);
        return new JobRunRef(rs.getLong(1), rs.getString(2), sync,
                Timestamps.fromColumn(rs.getObject(5, OffsetDateTime.class)),
                outcome == null ? null : JobRunOutcome.valueOf(outcome),
                Timestamps.fromColumn(rs.getObject(7, OffsetDateTime.class)), rs.getLong(8), rs.getLong(9));
    }
}

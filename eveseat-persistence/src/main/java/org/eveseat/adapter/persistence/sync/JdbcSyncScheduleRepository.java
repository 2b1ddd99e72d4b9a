package org.eveseat.adapter.persistence.sync;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.JdbcRepository;
import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.domain.sync.model.LeaseHolder;
import org.eveseat.domain.sync.model.ScheduledSync;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.model.SyncState;
import org.eveseat.domain.sync.port.out.SyncScheduleRepository;

/** The sync schedule in plain JDBC: planning inserts thousands of rows at once and a claim is a compare-and-set. */
@ApplicationScoped
public class JdbcSyncScheduleRepository extends JdbcRepository implements SyncScheduleRepository {
    /** A node's shutdown must not hang on a lock or a database that is gone. */
    private static final int RELEASE_TIMEOUT_SECONDS = 5;
    private static final String COLUMNS = "endpoint, owner_id, via_character_id, partition_id, next_due, last_run, "
            + "last_success, last_status, last_error, consecutive_failures";

    protected JdbcSyncScheduleRepository() {
        // for CDI
    }

    public JdbcSyncScheduleRepository(DataSource dataSource) {
        super(dataSource);
    }

    /** One statement over arrays: planning runs every minute for every owner, so one insert per row would not do. */
    @Override
    public int addMissing(Collection<ScheduledSync> syncs) {
        if (syncs.isEmpty()) {
            return 0;
        }
        return sql().update("insert into sync_schedule (" + COLUMNS + ") select endpoint, owner_id, via, part, "
                + "due::timestamptz, null, null, status, null, 0 from unnest(?::text[], ?::bigint[], ?::bigint[], "
                + "?::integer[], ?::text[], ?::text[]) as s (endpoint, owner_id, via, part, due, status) "
                + "on conflict do nothing", s -> {
                    Connection c = s.getConnection();
                    s.setArray(1, c.createArrayOf("text", syncs.stream().map(x -> x.key().endpoint().name())
                            .toArray()));
                    s.setArray(2, c.createArrayOf("bigint", syncs.stream().map(x -> x.key().ownerId()).toArray()));
                    s.setArray(3, c.createArrayOf("bigint", syncs.stream().map(ScheduledSync::viaCharacterId)
                            .toArray()));
                    s.setArray(4, c.createArrayOf("integer", syncs.stream().map(ScheduledSync::partition).toArray()));
                    s.setArray(5, c.createArrayOf("text", syncs.stream()
                            .map(x -> Timestamps.toColumn(x.nextDue()).toString()).toArray()));
                    s.setArray(6, c.createArrayOf("text", syncs.stream().map(x -> x.state().lastStatus()).toArray()));
                });
    }

    @Override
    public int retainOnly(SyncEndpoint endpoint, Set<Long> owners) {
        return sql().update("delete from sync_schedule where endpoint = ? and not (owner_id = any (?))", s -> {
            s.setString(1, endpoint.name());
            s.setArray(2, s.getConnection().createArrayOf("bigint", owners.toArray()));
        });
    }

    @Override
    public List<ScheduledSync> due(Instant now, Set<Integer> partitions, int limit) {
        return sql().query("select " + COLUMNS + " from sync_schedule where next_due <= ? and partition_id = any (?) "
                + "order by next_due limit ?", s -> {
                    s.setObject(1, Timestamps.toColumn(now));
                    Array ids = s.getConnection().createArrayOf("integer", partitions.toArray());
                    s.setArray(2, ids);
                    s.setInt(3, limit);
                }, JdbcSyncScheduleRepository::sync);
    }

    @Override
    public boolean claim(SyncKey key, Instant seenDue, Instant leaseUntil, LeaseHolder holder) {
        return sql().update("update sync_schedule set next_due = ?, leased_until = ?, leased_by = ? where endpoint = ? "
                + "and owner_id = ? and next_due = ?", s -> {
                    s.setObject(1, Timestamps.toColumn(leaseUntil));
                    s.setObject(2, Timestamps.toColumn(leaseUntil));
                    s.setString(3, holder.name());
                    bindKey(s, 4, key);
                    s.setObject(6, Timestamps.toColumn(seenDue));
                }) == 1;
    }

    @Override
    public void extendLease(SyncKey key, Instant until, LeaseHolder holder) {
        sql().update("update sync_schedule set next_due = ?, leased_until = ? where endpoint = ? and owner_id = ? "
                + "and next_due < ? and leased_by = ?", s -> {
                    s.setObject(1, Timestamps.toColumn(until));
                    s.setObject(2, Timestamps.toColumn(until));
                    bindKey(s, 3, key);
                    s.setObject(5, Timestamps.toColumn(until));
                    s.setString(6, holder.name());
                });
    }

    /** One statement, so the leases go back together in one short transaction of its own. */
    @Override
    public int release(LeaseHolder holder, Instant until) {
        return sql().update("update sync_schedule set next_due = least(next_due, ?), leased_until = least(leased_until, "
                + "?), leased_by = null where leased_by = ?", s -> {
                    s.setQueryTimeout(RELEASE_TIMEOUT_SECONDS);
                    s.setObject(1, Timestamps.toColumn(until));
                    s.setObject(2, Timestamps.toColumn(until));
                    s.setString(3, holder.name());
                });
    }

    @Override
    public DueNow dueAt(SyncKey key, Instant now) {
        int moved = sql().update("update sync_schedule set next_due = ? where endpoint = ? and owner_id = ? and "
                + "(leased_until is null or leased_until <= ?)", s -> {
                    s.setObject(1, Timestamps.toColumn(now));
                    bindKey(s, 2, key);
                    s.setObject(4, Timestamps.toColumn(now));
                });
        if (moved == 1) {
            return DueNow.DUE;
        }
        return find(key).isPresent() ? DueNow.RUNNING : DueNow.NOT_PLANNED;
    }

    @Override
    public void record(SyncKey key, SyncState state, Instant nextDue) {
        sql().update("update sync_schedule set next_due = ?, last_run = ?, last_success = ?, last_status = ?, "
                + "last_error = ?, consecutive_failures = ?, leased_until = null, leased_by = null where endpoint = ? "
                + "and owner_id = ?",
                s -> {
                    s.setObject(1, Timestamps.toColumn(nextDue));
                    s.setObject(2, Timestamps.toColumn(state.lastRun()));
                    s.setObject(3, Timestamps.toColumn(state.lastSuccess()));
                    s.setString(4, state.lastStatus());
                    s.setString(5, state.lastError());
                    s.setInt(6, state.consecutiveFailures());
                    bindKey(s, 7, key);
                });
    }

    @Override
    public Optional<ScheduledSync> find(SyncKey key) {
        return sql().query("select " + COLUMNS + " from sync_schedule where endpoint = ? and owner_id = ?",
                s -> bindKey(s, 1, key), JdbcSyncScheduleRepository::sync).stream().findFirst();
    }

    @Override
    public List<ScheduledSync> all(int limit) {
        return sql().query("select " + COLUMNS + " from sync_schedule order by next_due, endpoint, owner_id limit ?",
                s -> s.setInt(1, limit), JdbcSyncScheduleRepository::sync);
    }

    private static void bindKey(PreparedStatement s, int first, SyncKey key) throws SQLException {
        s.setString(first, key.endpoint().name());
        s.setLong(first + 1, key.ownerId());
    }

    private static ScheduledSync sync(ResultSet rs) throws SQLException {
        SyncState state = new SyncState(instant(rs, "last_run"), instant(rs, "last_success"),
                rs.getString("last_status"), rs.getString("last_error"), rs.getInt("consecutive_failures"));
        return new ScheduledSync(new SyncKey(SyncEndpoint.valueOf(rs.getString("endpoint")), rs.getLong("owner_id")),
                rs.getLong("via_character_id"), rs.getInt("partition_id"), instant(rs, "next_due"), state);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return Timestamps.fromColumn(rs.getObject(column, java.time.OffsetDateTime.class));
    }
}

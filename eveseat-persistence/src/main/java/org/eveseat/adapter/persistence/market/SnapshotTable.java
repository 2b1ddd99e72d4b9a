package org.eveseat.adapter.persistence.market;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The table of one snapshot, {@code market_order_s<id>}: created like {@code market_order} with a check on its
 * snapshot id (so attaching it as that id's partition needs no scan), indexed like the parent just before it is
 * attached (so the parent's indexes adopt those instead of building their own), dropped whole.
 */
final class SnapshotTable {
    private SnapshotTable() {
    }

    static String name(long snapshotId) {
        return "market_order_s" + snapshotId;
    }

    static void create(Connection c, long snapshotId) throws SQLException {
        execute(c, "create table " + name(snapshotId) + " (like market_order, constraint ck_" + name(snapshotId)
                + " check (snapshot_id = " + snapshotId + "))");
    }

    /** Indexes, statistics for the planner, and the partition of its snapshot id. */
    static void attach(Connection c, long snapshotId) throws SQLException {
        String table = name(snapshotId);
        execute(c, "create index on " + table + " (type_id, location_id)");
        execute(c, "create index on " + table + " (location_id)");
        // a small sample is enough for equality on indexed ids, and a tenth of the default's time
        execute(c, "set local default_statistics_target = 10");
        execute(c, "analyze " + table);
        execute(c, "alter table market_order attach partition " + table + " for values in (" + snapshotId + ")");
    }

    /** The table (attached or not) and the snapshot's row. */
    static void drop(Connection c, long snapshotId) throws SQLException {
        execute(c, "drop table if exists " + name(snapshotId));
        execute(c, "delete from market_snapshot where snapshot_id = " + snapshotId);
    }

    static List<Long> ids(Connection c, String query) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    static void execute(Connection c, String statement) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}

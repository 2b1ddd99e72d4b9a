package org.eveseat.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A fingerprint of what the server stored: per table of the public schema, its row count and an order-free sum of
 * its rows' hashes, read in one statement. Tables that change without any request are left out: the sync
 * schedule and its job runs, the job repository of Jakarta Batch, Liquibase's lock, the store of logged-out
 * sessions, the names ESI gave (a lookup an earlier answer could not wait for stores them in the background), and the
 * region order books the scheduler keeps every 5 minutes (a snapshot's cache time moves on each 304; a new snapshot
 * is a partition table of its own, and the one before the previous is dropped).
 */
final class StoredState {
    static final Set<String> CHANGING_BY_THEMSELVES = Set.of("sync_schedule", "databasechangeloglock",
            "jobinstancedata", "executioninstancedata", "stepexecutioninstancedata", "checkpointdata", "jobstatus",
            "stepstatus", "revoked_session", "sync_job_run", "universe_name", "market_snapshot", "market_order",
            "market_order_change");
    /** The snapshots' partitions of {@code market_order}, one table each. */
    static final String BOOK_PARTITIONS = "market_order_s";

    private final String query;

    private StoredState(String query) {
        this.query = query;
    }

    static StoredState ofDatabase() {
        List<String> parts = new ArrayList<>();
        try (Connection connection = IntegrationEnvironment.database().getConnection();
             Statement statement = connection.createStatement();
             ResultSet tables = statement.executeQuery("select table_name from information_schema.tables "
                     + "where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")) {
            while (tables.next()) {
                String table = tables.getString(1);
                String name = table.toLowerCase(java.util.Locale.ROOT);
                if (!CHANGING_BY_THEMSELVES.contains(name) && !name.startsWith(BOOK_PARTITIONS)) {
                    parts.add("select '" + table + "', count(*) || ':' "
                            + "|| coalesce(sum(hashtextextended(t::text, 0)), 0)"
                            + " from \"" + table + "\" t");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new StoredState(String.join(" union all ", parts));
    }

    /** Table name to "rows:hash sum". */
    Map<String, String> fingerprint() {
        Map<String, String> tables = new TreeMap<>();
        try (Connection connection = IntegrationEnvironment.database().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                tables.put(rows.getString(1), rows.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tables;
    }

    /** The tables whose fingerprint differs, with both. */
    static List<String> changed(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> table : after.entrySet()) {
            if (!table.getValue().equals(before.get(table.getKey()))) {
                changed.add(table.getKey() + " " + before.get(table.getKey()) + " -> " + table.getValue());
            }
        }
        return changed;
    }
}

package org.eveseat.adapter.persistence.universe;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.eveseat.domain.universe.model.StaticDataImport;

/**
 * The version table {@code sde.version}: one row per load, at most one current. The partial unique index on
 * {@code current} makes a second current row impossible, so the switch clears the old flag before setting the
 * new one, in the caller's transaction.
 */
final class SdeVersions {
    private SdeVersions() {
    }

    static String schema(long version) {
        return "sde_v" + version;
    }

    static Long current(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select version_id from sde.version where current");
             ResultSet rs = query.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    static void makeCurrent(Connection connection, long version, StaticDataImport report) throws SQLException {
        try (PreparedStatement clear = connection.prepareStatement("update sde.version set current = false "
                + "where current");
             PreparedStatement set = connection.prepareStatement("update sde.version set current = true, "
                     + "summary = ? where version_id = ?")) {
            clear.executeUpdate();
            set.setString(1, report.typesAdded() + " types added, " + report.typesRenamed() + " renamed, "
                    + report.typesRemoved() + " removed; rows " + report.rows());
            set.setLong(2, version);
            set.executeUpdate();
        }
    }

    /** Drops the schemas of every version but the two given (the previous may be null). */
    static void dropAllBut(Connection connection, long current, Long previous) throws SQLException {
        List<Long> old = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select version_id from sde.version "
                + "where version_id <> ? and version_id <> ? and not dropped")) {
            query.setLong(1, current);
            query.setLong(2, previous == null ? current : previous);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    old.add(rs.getLong(1));
                }
            }
        }
        for (long version : old) {
            try (var statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + schema(version) + " cascade");
                statement.execute("update sde.version set dropped = true where version_id = " + version);
            }
        }
    }
}

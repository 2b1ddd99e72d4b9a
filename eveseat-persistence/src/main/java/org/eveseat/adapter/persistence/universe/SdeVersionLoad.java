package org.eveseat.adapter.persistence.universe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.eveseat.domain.universe.model.StaticDataImport;

/** One load of an export into a new version's schema, on a connection whose transaction the caller ends. */
final class SdeVersionLoad {
    private final Connection connection;
    private final String source;

    SdeVersionLoad(Connection connection, String source) {
        this.connection = connection;
        this.source = source;
    }

    StaticDataImport run(InputStream zip, long lock, long started) throws SQLException {
        execute("select pg_advisory_xact_lock(" + lock + ")");
        Long previous = SdeVersions.current(connection);
        long version = newVersion();
        String schema = SdeVersions.schema(version);
        execute("create schema " + schema);
        for (SdeTable table : SdeTables.ALL) {
            execute(table.create(schema));
        }
        Map<String, Long> rows = copyTables(zip, schema);
        for (SdeTable table : SdeTables.ALL) {
            for (String constraint : table.constraints(schema)) {
                executeOnData(constraint);
            }
        }
        for (SdeTable table : SdeTables.ALL) {
            execute("analyze " + schema + "." + table.name());
        }
        SdeTypeChanges changes = SdeTypeChanges.between(connection,
                previous == null ? null : SdeVersions.schema(previous), schema);
        StaticDataImport report = new StaticDataImport(version, source, rows,
                (System.nanoTime() - started) / 1_000_000, changes.added(), changes.renamed(), changes.removed(),
                changes.examples());
        SdeVersions.makeCurrent(connection, version, report);
        SdeVersions.dropAllBut(connection, version, previous);
        return report;
    }

    private long newVersion() throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into sde.version (source, loaded_at, current) values (?, now(), false) returning version_id")) {
            insert.setString(1, source);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private Map<String, Long> copyTables(InputStream zip, String schema) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        try (ZipInputStream entries = new ZipInputStream(zip, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                var table = SdeTables.forEntry(entry.getName());
                if (entry.isDirectory() || table.isEmpty()) {
                    continue;
                }
                if (!seen.add(table.get().file())) {
                    throw new StaticDataFormatException("the archive holds " + table.get().file() + " twice");
                }
                var reader = new BufferedReader(new InputStreamReader(entries, StandardCharsets.UTF_8), 1 << 16);
                rows.put(table.get().name(), SdeCopy.into(connection, schema, table.get(), reader));
            }
        } catch (IOException e) {
            throw new StaticDataFormatException("the archive could not be read as a zip: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new StaticDataFormatException("the archive could not be read: " + e.getMessage());
        }
        List<String> missing = SdeTables.ALL.stream().map(SdeTable::file).filter(file -> !seen.contains(file))
                .toList();
        if (!missing.isEmpty()) {
            throw new StaticDataFormatException("the archive lacks " + missing);
        }
        return rows;
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** A statement whose failure means the data is wrong (a duplicate key), not the database. */
    private void executeOnData(String sql) {
        try {
            execute(sql);
        } catch (SQLException e) {
            throw new StaticDataFormatException(e.getMessage());
        }
    }
}

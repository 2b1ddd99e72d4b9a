package org.eveseat.adapter.persistence.universe;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/** Streams one CSV table into its database table by COPY, in slices of about 64 KiB. */
final class SdeCopy {
    private static final int SLICE = 64 * 1024;

    private SdeCopy() {
    }

    /** The number of rows copied. */
    static long into(Connection connection, String schema, SdeTable table, Reader csv) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(table.copy(schema));
        long[] rows = {0};
        StringBuilder slice = new StringBuilder(SLICE + 1024);
        try {
            new CsvTable(table.file(), csv).forEach(table.requiredCsvColumns(), record -> {
                slice.append(table.copyLine(record));
                rows[0]++;
                if (slice.length() >= SLICE) {
                    send(copy, slice);
                }
            });
            send(copy, slice);
            copy.endCopy();
            return rows[0];
        } catch (SQLException | IllegalStateException e) {
            throw new StaticDataFormatException(table.file() + " could not be stored: " + e.getMessage());
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void send(CopyIn copy, StringBuilder slice) {
        byte[] bytes = slice.toString().getBytes(StandardCharsets.UTF_8);
        slice.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}

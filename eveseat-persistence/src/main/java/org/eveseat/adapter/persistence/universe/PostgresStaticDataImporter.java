package org.eveseat.adapter.persistence.universe;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.domain.universe.model.StaticDataImport;
import org.eveseat.domain.universe.port.out.StaticDataImporter;

/**
 * Loads an export into a schema of its own ({@code sde_v<version>}) by COPY and makes it current, all in one
 * transaction on a connection of its own: PostgreSQL's DDL is transactional, so a failure anywhere rolls the new
 * schema back with everything else, and readers see the switch of {@code sde.version.current} whole. An advisory
 * lock keeps two loads (two admins, two nodes starting) from interleaving. The two newest versions are kept, so
 * a reader still on the previous one finishes its query.
 */
@ApplicationScoped
public class PostgresStaticDataImporter implements StaticDataImporter {
    private static final Logger LOG = Logger.getLogger(PostgresStaticDataImporter.class.getName());
    private static final long IMPORT_LOCK = 0x5DE_0001L;

    @Resource(lookup = "jdbc/eveseat")
    private DataSource dataSource;

    @Inject
    PostgresStaticData staticData;

    protected PostgresStaticDataImporter() {
        // for CDI
    }

    public PostgresStaticDataImporter(DataSource dataSource, PostgresStaticData staticData) {
        this.dataSource = dataSource;
        this.staticData = staticData;
    }

    @Override
    public StaticDataImport load(InputStream zip, String source) {
        long started = System.nanoTime();
        StaticDataImport report;
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                report = new SdeVersionLoad(connection, source).run(zip, IMPORT_LOCK, started);
                connection.commit();
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("static data could not be stored: " + e.getMessage(), e);
        }
        staticData.refresh();
        LOG.info(() -> "static data version " + report.version() + " from " + source + " loaded in "
                + report.millis() + " ms: " + report.typesAdded() + " types added, " + report.typesRenamed()
                + " renamed, " + report.typesRemoved() + " removed");
        return report;
    }

    @Override
    public boolean hasCurrentVersion() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             var rs = statement.executeQuery("select count(*) from sde.version where current")) {
            rs.next();
            return rs.getLong(1) > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("static data version could not be read", e);
        }
    }
}

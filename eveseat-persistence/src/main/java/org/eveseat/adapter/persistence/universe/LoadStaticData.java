package org.eveseat.adapter.persistence.universe;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

import org.eveseat.adapter.persistence.DatabaseMigration;
import org.eveseat.domain.shared.DomainException;
import org.eveseat.domain.universe.model.StaticDataImport;

/**
 * The command that loads a static data export into EVESeat's database without the server (docs/API.md, "Static
 * data"): {@code LoadStaticData <file|http(s) URL|shipped>}, with the database from {@code EVESEAT_DB_URL},
 * {@code EVESEAT_DB_USER} and {@code EVESEAT_DB_PASSWORD}. It migrates the schema first, so it also works on a
 * database the server has not started on yet. A running server picks the new version up within seconds.
 */
public final class LoadStaticData {
    private LoadStaticData() {
    }

    public static void main(String[] args) {
        if (args.length != 1 || System.getenv("EVESEAT_DB_URL") == null) {
            System.err.println("usage: EVESEAT_DB_URL=jdbc:postgresql://host:port/db [EVESEAT_DB_USER=..] "
                    + "[EVESEAT_DB_PASSWORD=..] LoadStaticData <zip file | http(s) URL | shipped>");
            System.exit(2);
        }
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setUrl(System.getenv("EVESEAT_DB_URL"));
        database.setUser(System.getenv().getOrDefault("EVESEAT_DB_USER", "eveseat"));
        database.setPassword(System.getenv().getOrDefault("EVESEAT_DB_PASSWORD", "eveseat"));
        try {
            StaticDataImport report = load(database, args[0]);
            System.out.println("static data version " + report.version() + " is current (" + report.millis()
                    + " ms): " + report.typesAdded() + " types added, " + report.typesRenamed() + " renamed, "
                    + report.typesRemoved() + " removed; rows " + report.rows());
            report.examples().forEach(change -> System.out.println("  type " + change.typeId() + ": "
                    + change.before() + " -> " + change.after()));
        } catch (DomainException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /** Migrates the database and loads the export at {@code location} as its new current version. */
    static StaticDataImport load(DataSource database, String location) {
        DatabaseMigration.migrate(database);
        try (InputStream zip = new HttpOrFileStaticDataArchives().open(location)) {
            return new PostgresStaticDataImporter(database, new PostgresStaticData(database)).load(zip, location);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

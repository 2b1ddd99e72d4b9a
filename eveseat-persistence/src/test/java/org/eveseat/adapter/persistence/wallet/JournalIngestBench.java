package org.eveseat.adapter.persistence.wallet;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.eveseat.adapter.persistence.testing.SingleConnection;
import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.WalletJournalEntry;

/**
 * Rows per second of the journal writer next to raw COPY of the same rows and naive JPA, on the embedded
 * PostgreSQL. Arguments: rows (default 1,000,000), rows for JPA (default the same). Only the database writes are
 * timed; generating the entries is not. Each path starts on an empty table, after all paths were warmed up.
 */
public final class JournalIngestBench {
    private static final int WARM_UP = 50_000;

    private final TestDatabase db = TestDatabase.get();

    private interface Path {
        /** Writes entries {@code 1..rows} for the owner and returns the nanoseconds spent writing. */
        long write(JournalOwner owner, int rows) throws Exception;
    }

    private record Run(String name, Path path, int rows) {
    }

    private record Result(String name, int rows, long nanos) {
        double rowsPerSecond() {
            return rows * 1e9 / nanos;
        }
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int jpaRows = args.length > 1 ? Integer.parseInt(args[1]) : rows;
        new JournalIngestBench().run(rows, jpaRows);
        System.exit(0);
    }

    private void run(int rows, int jpaRows) throws Exception {
        List<Run> runs = List.of(new Run("raw COPY, one stream, no keys", this::rawCopy, rows),
                new Run("insertNew, chunks of 1,000", (owner, n) -> writer(owner, n, 1_000), rows),
                new Run("insertNew, chunks of 10,000", (owner, n) -> writer(owner, n, 10_000), rows),
                new Run("JPA persist per row, commit per 1,000", this::jpa, jpaRows));
        // every path warmed up before any is measured, so none profits from code another path compiled
        for (Run run : runs) {
            db.truncateApplicationTables();
            run.path.write(JournalOwner.character(1), WARM_UP);
        }
        for (JournalWriterCosts.Step step : JournalWriterCosts.steps()) {
            db.truncateApplicationTables();
            JournalWriterCosts.chunked(db.dataSource(), step.chunk(), WARM_UP);
        }
        List<Result> results = new ArrayList<>();
        for (Run run : runs) {
            db.truncateApplicationTables();
            results.add(new Result(run.name, run.rows, run.path.write(JournalOwner.character(2), run.rows)));
        }
        System.out.printf("%nPostgreSQL fsync=%s, synchronous_commit=%s (-Deveseat.test.durable=true: both on)%n",
                setting("fsync"), setting("synchronous_commit"));
        System.out.printf("%-40s %10s %9s %10s%n", "path", "rows", "seconds", "rows/s");
        for (Result r : results) {
            System.out.printf("%-40s %,10d %9.2f %,10.0f%n", r.name, r.rows, r.nanos / 1e9, r.rowsPerSecond());
        }
        double copy = results.get(0).rowsPerSecond();
        System.out.printf("writer / raw COPY: %.0f%% (chunks of 1,000), %.0f%% (chunks of 10,000)%n",
                100 * results.get(1).rowsPerSecond() / copy, 100 * results.get(2).rowsPerSecond() / copy);
        // the lines the benchmark command reads (docs/BENCHMARKS.md)
        for (int i = 1; i < 3; i++) {
            System.out.printf(Locale.ROOT, "FIGURE|journal %s|%.0f|rows/s|>= 0.5x|raw COPY|%.0f%n",
                    results.get(i).name, results.get(i).rowsPerSecond(), copy);
        }
        System.out.printf(Locale.ROOT, "FIGURE|journal insertNew, chunks of 1,000, vs JPA|%.0f|rows/s|>= 5x|"
                + "naive JPA|%.0f%n", results.get(1).rowsPerSecond(), results.get(3).rowsPerSecond());
        if (jpaRows != rows) {
            System.out.printf("JPA measured with %,d rows instead of %,d%n", jpaRows, rows);
        }
        costs(Math.min(rows, 200_000));
    }

    /**
     * Where the writer's time goes: raw COPY, then paths that each add one of the writer's costs to the one before
     * ({@link JournalWriterCosts}), then the writer; three rounds of all of them, each path's median.
     */
    private void costs(int rows) throws Exception {
        List<String> names = new ArrayList<>(List.of("raw COPY, one stream, no keys"));
        List<Path> paths = new ArrayList<>(List.of(this::rawCopy));
        for (JournalWriterCosts.Step step : JournalWriterCosts.steps()) {
            names.add(step.name());
            paths.add((owner, n) -> JournalWriterCosts.chunked(db.dataSource(), step.chunk(), n));
        }
        names.add("+ the rollups: the writer");
        paths.add((owner, n) -> writer(owner, n, 1_000));
        double[][] ms = new double[paths.size()][3];
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < paths.size(); i++) {
                db.truncateApplicationTables();
                ms[i][round] = paths.get(i).write(JournalOwner.character(2), rows) / 1e3 / rows;
            }
        }
        System.out.printf("%nwhere the time goes, chunks of 1,000 (median of 3 rounds)%n%-40s %12s %8s %8s%n",
                "path", "ms per 1,000", "added", "of COPY");
        double copy = JournalWriterCosts.median(ms[0]);
        for (int i = 0; i < paths.size(); i++) {
            double median = JournalWriterCosts.median(ms[i]);
            System.out.printf("%-40s %12.2f %8s %7.0f%%%n", names.get(i), median, i == 0 ? ""
                    : String.format("%+.2f", median - JournalWriterCosts.median(ms[i - 1])), 100 * copy / median);
        }
    }

    private String setting(String name) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
             var rs = connection.createStatement().executeQuery("show " + name)) {
            return rs.next() ? rs.getString(1) : "?";
        }
    }

    private long rawCopy(JournalOwner owner, int rows) throws SQLException {
        try (Connection connection = db.dataSource().getConnection()) {
            connection.createStatement().execute("create table if not exists journal_copy_bench as select "
                    + JournalRows.ALL_COLUMNS + " from wallet_journal with no data; truncate journal_copy_bench");
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy journal_copy_bench ("
                    + JournalRows.ALL_COLUMNS + ") from stdin (format csv)");
            long nanos = 0;
            for (int from = 1; from <= rows; from += 10_000) {
                List<WalletJournalEntry> chunk = JournalFixtures.entries(from, Math.min(from + 10_000, rows + 1));
                long start = System.nanoTime();
                byte[] csv = JournalRows.csv(owner, chunk).getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(csv, 0, csv.length);
                nanos += System.nanoTime() - start;
            }
            long start = System.nanoTime();
            copy.endCopy();
            return nanos + System.nanoTime() - start;
        }
    }

    /** One transaction per chunk, as a batch step in the container would commit. */
    private long writer(JournalOwner owner, int rows, int chunkSize) throws SQLException {
        SingleConnection pooled = new SingleConnection(db.dataSource(), false, false);
        var journal = new JdbcWalletJournalRepository(pooled.dataSource());
        long nanos = 0;
        for (int from = 1; from <= rows; from += chunkSize) {
            List<WalletJournalEntry> chunk = JournalFixtures.entries(from, Math.min(from + chunkSize, rows + 1));
            long start = System.nanoTime();
            journal.insertNew(owner, chunk);
            pooled.connection().commit();
            nanos += System.nanoTime() - start;
        }
        pooled.connection().close();
        return nanos;
    }

    private long jpa(JournalOwner owner, int rows) {
        EntityManagerFactory emf = db.entityManagerFactory(Map.of("eclipselink.metadata-source", "XML",
                "eclipselink.metadata-source.xml.file", "META-INF/journal-bench-orm.xml"));
        EntityManager em = emf.createEntityManager();
        long nanos = 0;
        for (int from = 1; from <= rows; from += 1_000) {
            List<WalletJournalEntry> chunk = JournalFixtures.entries(from, Math.min(from + 1_000, rows + 1));
            long start = System.nanoTime();
            em.getTransaction().begin();
            chunk.forEach(entry -> em.persist(JournalRowEntity.of(owner, entry)));
            em.getTransaction().commit();
            em.clear();
            nanos += System.nanoTime() - start;
        }
        em.close();
        emf.close();
        return nanos;
    }
}

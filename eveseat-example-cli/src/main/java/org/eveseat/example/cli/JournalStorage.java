package org.eveseat.example.cli;

import java.io.PrintStream;

import org.eveseat.adapter.persistence.DatabaseMigration;
import org.eveseat.adapter.persistence.wallet.JdbcJournalWalkRepository;
import org.eveseat.adapter.persistence.wallet.JdbcWalletJournalRepository;
import org.eveseat.domain.wallet.port.out.JournalWalkRepository;
import org.eveseat.domain.wallet.port.out.WalletJournalRepository;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where the program keeps journals and walks: in memory for one run, or in PostgreSQL with the server's own
 * repositories and changelog, so a later run reads only what is new (and a server's database can be pointed at).
 */
record JournalStorage(WalletJournalRepository journal, JournalWalkRepository walks, String description) {
    static JournalStorage inMemory() {
        MemoryJournal memory = new MemoryJournal();
        return new JournalStorage(memory, memory, "in memory");
    }

    /** Migrates the database to the server's schema first (Liquibase; nothing to do when it is current). */
    static JournalStorage postgres(String jdbcUrl, String user, String password) {
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setURL(jdbcUrl);
        database.setUser(user);
        database.setPassword(password);
        PrintStream out = System.out;
        System.setOut(System.err); // Liquibase reports each changeset there; this program's output is the journal
        try {
            DatabaseMigration.migrate(database);
        } finally {
            System.setOut(out);
        }
        return new JournalStorage(new JdbcWalletJournalRepository(database), new JdbcJournalWalkRepository(database),
                "in PostgreSQL at " + jdbcUrl);
    }

    static JournalStorage of(CliOptions options) {
        return options.jdbcUrl().map(url -> postgres(url, options.dbUser(), options.dbPassword()))
                .orElseGet(JournalStorage::inMemory);
    }
}

package org.eveseat.example.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.wallet.model.WalletJournalEntry;

/**
 * An example of EVESeat's domain as a library: a command that syncs a character's wallet journal from ESI into its
 * own storage (in memory, or PostgreSQL with the server's repositories) and prints the newest entries, with no
 * application server. Exit status 0 when synced,
 * 2 for a usage error, 1 when EVE SSO or ESI refused or failed.
 */
public final class WalletJournalCli {
    private WalletJournalCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        CliOptions options;
        try {
            options = CliOptions.parse(args, environment);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(CliOptions.USAGE);
            return 2;
        }
        try (JournalSync sync = new JournalSync(options, JournalStorage.of(options))) {
            JournalSync.Result result = sync.sync(options.refreshToken());
            out.printf("%s (%d): %d new journal entries from %d ESI page(s), stored %s; the newest %d:%n",
                    result.characterName(), result.owner().id(), result.added(), result.pages(),
                    sync.storageDescription(), options.limit());
            print(sync.newest(result.owner(), options.limit()), out);
            err.println("EVE SSO rotated the refresh token; use this one next time: "
                    + sync.currentRefreshToken(result));
            return 0;
        } catch (RuntimeException e) {
            err.println("sync failed: " + e.getMessage());
            return 1;
        }
    }

    private static void print(List<WalletJournalEntry> entries, PrintStream out) {
        out.printf("%-20s  %-24s  %20s  %20s  %s%n", "date (EVE time)", "type", "amount (ISK)", "balance (ISK)",
                "description");
        for (WalletJournalEntry entry : entries) {
            out.printf("%-20s  %-24s  %20s  %20s  %s%n", entry.date().toString().replace('T', ' ').replace("Z", ""),
                    entry.refType().esiValue(), isk(entry.amount()), isk(entry.balance()), entry.description());
        }
    }

    private static String isk(Isk value) {
        return value == null ? "" : String.format("%,.2f", value.amount());
    }
}

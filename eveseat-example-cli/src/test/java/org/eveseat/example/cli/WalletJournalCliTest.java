package org.eveseat.example.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.eveseat.adapter.persistence.wallet.JdbcWalletJournalRepository;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.WalletScopes;
import org.eveseat.fake.FakeEsi;
import org.eveseat.fake.FakeEveSso;
import org.eveseat.fake.ledger.JournalEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The command against the fake EVE SSO and ESI, which speak the real paths, shapes and headers. */
class WalletJournalCliTest {
    private static final long PILOT = 2112625428L;
    private static final Set<String> SCOPES = Set.of(WalletScopes.READ_CHARACTER_WALLET);
    private static final Instant NEWEST = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private final FakeEveSso sso = new FakeEveSso().loginAs(PILOT, "Demo Pilot", "owner-hash", SCOPES).start();
    private final FakeEsi esi = new FakeEsi(sso).start();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void stop() {
        esi.stop();
        sso.stop();
    }

    @Test
    void syncsEveryPageOfTheJournalAndPrintsTheNewestEntries() {
        List<JournalEntry> entries = JournalEntry.generate(PILOT, 2500, NEWEST);
        esi.ledger().character(PILOT).name("Demo Pilot").journal().set(entries);

        int status = run("--refresh-token=" + sso.issueRefreshToken(PILOT, SCOPES), "--limit=3");

        assertThat(status).as(text(err)).isZero();
        List<String> lines = text(out).lines().toList();
        assertThat(lines.get(0)).isEqualTo("Demo Pilot (2112625428): 2500 new journal entries from 3 ESI page(s),"
                + " stored in memory; the newest 3:");
        assertThat(lines).hasSize(5);
        JournalEntry newest = entries.get(0);
        assertThat(lines.get(2)).startsWith(NEWEST.toString().replace('T', ' ').replace("Z", ""))
                .contains(newest.refType(), newest.description(), String.format("%,.2f", newest.amount()));
        assertThat(esi.requestCount("/characters/" + PILOT + "/wallet/journal")).isEqualTo(3);
        assertThat(text(err)).contains("use this one next time: ");
    }

    @Test
    void aLaterRunOnTheSameStorageReadsOnlyUpToTheEntriesStoredBefore() {
        esi.ledger().character(PILOT).journal().set(JournalEntry.generate(PILOT, 1500, NEWEST));
        JournalStorage storage = JournalStorage.inMemory();
        CliOptions options = options(sso.issueRefreshToken(PILOT, SCOPES));
        JournalSync.Result first;
        String rotated;
        try (JournalSync sync = new JournalSync(options, storage)) {
            first = sync.sync(options.refreshToken());
            rotated = sync.currentRefreshToken(first);
        }
        esi.ledger().character(PILOT).journal().prependNewer();
        esi.expireCaches();

        try (JournalSync later = new JournalSync(options, storage)) {
            JournalSync.Result second = later.sync(rotated);

            assertThat(first.added()).isEqualTo(1500);
            assertThat(first.pages()).isEqualTo(2);
            assertThat(second.added()).isOne();
            assertThat(second.pages()).isOne();
            assertThat(later.newest(second.owner(), 1)).singleElement()
                    .satisfies(entry -> assertThat(entry.date()).isAfter(NEWEST));
        }
    }

    @Test
    void inPostgreSqlTheJournalOutlivesTheRunAndTheNextRunReadsOnlyWhatIsNew() throws IOException {
        esi.ledger().character(PILOT).journal().set(JournalEntry.generate(PILOT, 1200, NEWEST));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String database = "--jdbc-url=jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            assertThat(run(database, "--db-user=postgres", "--refresh-token=" + sso.issueRefreshToken(PILOT, SCOPES),
                    "--limit=1")).as(text(err)).isZero();
            String rotated = text(err).substring(text(err).indexOf("next time: ") + "next time: ".length()).trim();
            esi.ledger().character(PILOT).journal().prependNewer();
            esi.expireCaches();
            out.reset();

            assertThat(run(database, "--db-user=postgres", "--refresh-token=" + rotated, "--limit=1"))
                    .as(text(err)).isZero();

            assertThat(text(out).lines().findFirst()).hasValue("Demo Pilot (2112625428): 1 new journal entries from 1"
                    + " ESI page(s), stored in PostgreSQL at " + database.substring("--jdbc-url=".length())
                    + "; the newest 1:");
            assertThat(new JdbcWalletJournalRepository(postgres.getPostgresDatabase())
                    .count(JournalOwner.character(PILOT))).isEqualTo(1201);
        }
    }

    @Test
    void aRevokedRefreshTokenIsReportedAndNothingIsPrinted() {
        String token = sso.issueRefreshToken(PILOT, SCOPES);
        sso.revoke(PILOT);

        int status = run("--refresh-token=" + token);

        assertThat(status).isOne();
        assertThat(text(out)).isEmpty();
        assertThat(text(err)).startsWith("sync failed: ");
    }

    @Test
    void withoutARefreshTokenItSaysHowToCallIt() {
        int status = run();

        assertThat(status).isEqualTo(2);
        assertThat(text(err)).startsWith("--refresh-token (or EVESEAT_REFRESH_TOKEN) is missing")
                .contains("usage: eveseat-example-cli");
    }

    @Test
    void settingsComeFromTheServersEnvironmentVariablesToo() {
        CliOptions options = CliOptions.parse(new String[] {"--limit=7"}, Map.of("EVESEAT_REFRESH_TOKEN", "rt",
                "EVESEAT_SSO_CLIENT_ID", "id", "EVESEAT_SSO_CLIENT_SECRET", "secret",
                "EVESEAT_ESI_BASE_URL", "http://127.0.0.1:18382"));

        assertThat(options.refreshToken()).isEqualTo("rt");
        assertThat(options.esiBaseUrl()).hasToString("http://127.0.0.1:18382");
        assertThat(options.ssoBaseUrl()).hasToString("https://login.eveonline.com");
        assertThat(options.limit()).isEqualTo(7);
    }

    private int run(String... args) {
        return WalletJournalCli.run(args, fakes(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private CliOptions options(String refreshToken) {
        return CliOptions.parse(new String[] {"--refresh-token=" + refreshToken}, fakes());
    }

    private Map<String, String> fakes() {
        return Map.of("EVESEAT_SSO_BASE_URL", sso.baseUrl(), "EVESEAT_ESI_BASE_URL", esi.baseUrl(),
                "EVESEAT_SSO_CLIENT_ID", sso.clientId(), "EVESEAT_SSO_CLIENT_SECRET", sso.clientSecret());
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}

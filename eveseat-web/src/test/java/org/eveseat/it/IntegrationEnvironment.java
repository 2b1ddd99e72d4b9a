package org.eveseat.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.eveseat.fake.FakeEsi;
import org.eveseat.fake.FakeEveSso;
import org.eveseat.fake.FakeWebhooks;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts what the server under test needs before Arquillian boots Payara Micro: an embedded PostgreSQL (empty:
 * the server migrates it itself), a fake EVE SSO and a fake ESI, and hands their addresses to arquillian.xml
 * through system properties. Active only in the integration-test run ({@code eveseat.it=true}).
 */
public class IntegrationEnvironment implements LauncherSessionListener {
    /** What the server asks SSO for; each test's fake login grants a part of it. */
    private static final List<String> REQUESTED_SCOPES = List.of("publicData", "esi-wallet.read_character_wallet.v1",
            "esi-wallet.read_corporation_wallets.v1", "esi-mail.read_mail.v1", "esi-mail.send_mail.v1",
            "esi-mail.organize_mail.v1", "esi-contracts.read_character_contracts.v1",
            "esi-characters.read_contacts.v1", "esi-characters.write_contacts.v1", "esi-corporations.read_contacts.v1",
            "esi-alliances.read_contacts.v1", "esi-calendar.read_calendar_events.v1",
            "esi-calendar.respond_calendar_events.v1", "esi-killmails.read_killmails.v1",
            "esi-killmails.read_corporation_killmails.v1", "esi-markets.read_character_orders.v1",
            "esi-skills.read_skills.v1", "esi-characters.read_standings.v1", "esi-location.read_location.v1",
            "esi-location.read_ship_type.v1", "esi-location.read_online.v1", "esi-universe.read_structures.v1",
            "esi-markets.structure_markets.v1");

    private static final String PRE_BOOT = "/payara/pre-boot.asadmin";

    private static EmbeddedPostgres postgres;
    private static FakeEveSso sso;
    private static FakeEsi esi;
    private static FakeWebhooks webhooks;
    private static Path dataDir;
    private static Path postBoot;
    private static Path preBoot;
    private static String jvmOptions;
    private static Map<String, String> settings;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("eveseat.it") || postgres != null) {
            return;
        }
        try {
            Path work = Path.of(System.getProperty("eveseat.it.workDir"));
            dataDir = Files.createDirectories(work.resolve("data"));
            // as the launcher does: a transaction left open must not stall the schedule for the rest of the run
            postgres = EmbeddedPostgres.builder().setServerConfig("idle_in_transaction_session_timeout", "60s").start();
            sso = new FakeEveSso().start();
            esi = new FakeEsi(sso).start();
            webhooks = new FakeWebhooks().start();
            postBoot = work.resolve("post-boot.asadmin");
            Files.writeString(postBoot, poolCommands(postgres.getPort()));
            if (IntegrationEnvironment.class.getResource(PRE_BOOT) != null) {
                // Payara Micro runs the WAR's own tests; the EAR's tests start full servers, without these files
                preBoot = Files.writeString(work.resolve("pre-boot.asadmin"), preBootOfTheWar());
                System.setProperty("eveseat.it.microOptions", "--addlibs " + System.getProperty("eveseat.it.jdbcDriver")
                        + " --prebootcommandfile " + preBoot + " --postbootcommandfile " + postBoot + " --nocluster"
                        + " --logtofile " + work.resolve("server.log"));
            }
            settings = new LinkedHashMap<>();
            settings.put("eveseat.data-dir", dataDir.toString());
            settings.put("eveseat.sso.base-url", sso.baseUrl());
            settings.put("eveseat.sso.issuer", sso.issuer());
            settings.put("eveseat.sso.client-id", sso.clientId());
            settings.put("eveseat.sso.client-secret", sso.clientSecret());
            settings.put("eveseat.esi.base-url", esi.baseUrl());
            settings.put("eveseat.esi.user-agent", "EVESeat-IT/1.0");
            settings.put("eveseat.alerts.webhook-prefixes", webhooks.prefix());
            settings.put("eveseat.sync.enabled", "false");
            settings.put("eveseat.sso.scopes", String.join(",", REQUESTED_SCOPES));
            settings.put("eveseat.sync.public-contract-regions", "10000002,10000043");
            // MAIN is the admin whichever test class runs first (else the first account of the run would be)
            settings.put("eveseat.admin-character-id", Long.toString(DeployedWar.MAIN));
            jvmOptions = String.join(" ", settings.entrySet().stream()
                    .map(setting -> "-D" + setting.getKey() + "=" + setting.getValue()).toList())
                    + coverageAgent();
            System.setProperty("eveseat.it.jvmOptions", jvmOptions);
        } catch (IOException e) {
            throw new UncheckedIOException("integration environment did not start", e);
        }
    }

    /**
     * The build's JaCoCo agent for every server the tests start, so that what they run counts towards coverage
     * (set by the jacoco-maven-plugin; absent when coverage is skipped).
     */
    private static String coverageAgent() {
        String agent = System.getProperty("eveseat.it.coverageAgent", "");
        return agent.startsWith("-javaagent:") ? " " + agent : "";
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (postgres == null) {
            return;
        }
        awaitServersStopped();
        webhooks.stop();
        esi.stop();
        sso.stop();
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Servers are stopped with SIGTERM and not waited for; their shutdown (the coverage agent writes its data
     * then) must end before the build goes on to the reports.
     */
    private static void awaitServersStopped() {
        ProcessHandle.current().descendants().filter(child -> child.info().command().orElse("").endsWith("java"))
                .forEach(server -> {
                    try {
                        server.onExit().get(60, TimeUnit.SECONDS);
                    } catch (ExecutionException | TimeoutException e) {
                        System.err.println("server " + server.pid() + " did not stop within 60 s: killed");
                        server.destroyForcibly();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
    }

    private static String poolCommands(int port) {
        return "create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource"
                + " --restype javax.sql.DataSource --property user=postgres:password=postgres:serverName=127.0.0.1"
                + ":portNumber=" + port + ":databaseName=postgres eveseat-pool\n"
                + "create-jdbc-resource --connectionpoolid eveseat-pool jdbc/eveseat\n"
                + "set-batch-runtime-configuration --dataSourceLookupName jdbc/eveseat\n";
    }

    /** As the launcher's pre-boot: the commands the WAR carries (src/main/resources/payara/pre-boot.asadmin). */
    static String preBootOfTheWar() throws IOException {
        try (InputStream in = IntegrationEnvironment.class.getResourceAsStream(PRE_BOOT)) {
            if (in == null) {
                throw new IOException("payara/pre-boot.asadmin is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    public static FakeEveSso sso() {
        return sso;
    }

    /** Discord's and Slack's webhooks, which alert channels post to. */
    public static FakeWebhooks webhooks() {
        return webhooks;
    }

    public static FakeEsi esi() {
        return esi;
    }

    /** The JVM options every server under test gets: data directory, fakes' addresses, syncing off. */
    public static String jvmOptions() {
        return jvmOptions;
    }

    /** The MicroProfile Config settings behind {@link #jvmOptions()}: property name to value. */
    public static Map<String, String> settings() {
        return Map.copyOf(settings);
    }

    /** A JDBC URL of another database on the embedded PostgreSQL (create it first). */
    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database;
    }

    /** The asadmin commands that define the pool and put the batch job repository on it. */
    public static Path postBootCommands() {
        return postBoot;
    }

    public static Path preBootCommands() {
        return preBoot;
    }

    public static javax.sql.DataSource database() {
        return postgres.getPostgresDatabase();
    }

    public static Path dataDir() {
        return dataDir;
    }
}

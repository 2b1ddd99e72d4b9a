package org.eveseat.launcher;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Starts EVESeat the default way: embedded PostgreSQL (unless {@code EVESEAT_DB_URL} names another), then Payara
 * Micro with the WAR. On Ctrl-C or SIGTERM it stops Payara first and PostgreSQL last, so no write is lost.
 */
public final class EveSeatLauncher {
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private EveSeatLauncher() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        LauncherSettings settings = LauncherSettings.fromEnvironment(System.getenv());
        Files.createDirectories(settings.dataDir());
        LeftoverServer.stop(settings.dataDir(), EveSeatLauncher::log); // before the database it may still be using
        HttpPort.ensureFree(settings.httpPort());
        Optional<EmbeddedDatabase> embedded = settings.dbUrl().isPresent() ? Optional.empty()
                : Optional.of(EmbeddedDatabase.start(settings.dataDir(), settings.embeddedDbPort(),
                        settings.dbUser(), settings.dbPassword()));
        DatabaseTarget database = embedded.map(EmbeddedDatabase::target).orElseGet(() ->
                DatabaseTarget.fromJdbcUrl(settings.dbUrl().orElseThrow(), settings.dbUser(), settings.dbPassword()));
        log("PostgreSQL " + (embedded.isPresent() ? "(embedded, data in " + settings.dataDir().resolve("postgres") + ")"
                : "(external)") + " at " + database.host() + ":" + database.port() + "/" + database.database());

        log("public URL " + PayaraMicroProcess.publicUrl(System.getenv(), settings.httpPort())
                + " (EVESEAT_PUBLIC_URL; EVE SSO returns users to its /api/v1/auth/callback)");
        PayaraMicroProcess payara = PayaraMicroProcess.start(runtimeDir(), settings, database);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutDown(payara, embedded), "eveseat-shutdown"));
        if (payara.awaitReady(READY_TIMEOUT)) {
            log(String.format("EVESeat is ready in %.1f s: open http://localhost:%d/",
                    (System.nanoTime() - started) / 1e9, settings.httpPort()));
        } else {
            log("EVESeat did not become ready within " + READY_TIMEOUT.toSeconds() + " s; see the log above");
        }
        System.exit(payara.waitFor());
    }

    private static void shutDown(PayaraMicroProcess payara, Optional<EmbeddedDatabase> embedded) {
        try {
            if (payara.isAlive()) {
                log("stopping Payara Micro");
            }
            payara.stop(STOP_GRACE);
            if (embedded.isPresent()) {
                log("stopping embedded PostgreSQL");
                embedded.get().close();
            }
            log("stopped");
        } catch (Exception e) {
            log("shutdown problem: " + e);
        }
    }

    /** payara-micro.jar, the WAR and the JDBC driver sit in runtime/ next to the launcher jar. */
    private static Path runtimeDir() throws URISyntaxException {
        Path jar = Path.of(EveSeatLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return jar.getParent().resolve("runtime");
    }

    private static void log(String message) {
        System.out.println("[eveseat] " + message);
    }
}

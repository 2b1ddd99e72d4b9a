package org.eveseat.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro running the EVESeat WAR as a child process, with the connection pool defined at boot; it stops itself
 * when the launcher dies ({@link LauncherBoundProcess}).
 */
final class PayaraMicroProcess {
    /**
     * Grizzly queues at most 4,096 I/O tasks by default, which thousands of sockets reconnecting at once (after a
     * restart) overflow; only a pre-boot command changes it, a post-boot one comes too late for the listener.
     */
    static final String PRE_BOOT =
            "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-queue-size=65536\n"
            + listenerSettings();

    /** Room for the request line and headers; beyond it Grizzly still answers a bare 400 (docs/STACK.md). */
    static final int HEADER_BUFFER_BYTES = 64 * 1024;

    private final Process process;
    private final int port;
    private final Path dataDir;

    private PayaraMicroProcess(Process process, int port, Path dataDir) {
        this.process = process;
        this.port = port;
        this.dataDir = dataDir;
    }

    static PayaraMicroProcess start(Path runtimeDir, LauncherSettings settings, DatabaseTarget database)
            throws IOException {
        Path work = settings.dataDir().resolve("runtime");
        Files.createDirectories(work);
        Path postBoot = work.resolve("post-boot.asadmin");
        Files.deleteIfExists(postBoot);
        // holds the database password: owner-only, like the key files
        Files.createFile(postBoot, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(postBoot, database.postBootCommands());
        Path preBoot = Files.writeString(work.resolve("pre-boot.asadmin"), PRE_BOOT);

        // http.maxConnections: keep-alive connections per host for the ESI client (the JDK default of 5 would make
        // concurrent page walks and syncs reconnect on almost every call)
        List<String> command = new ArrayList<>(List.of("-Xss1m", "-Dhttp.maxConnections=64",
                "-Deveseat.data-dir=" + settings.dataDir()));
        command.addAll(settings.jvmOptions()); // the operator's, after ours so that theirs win
        command.addAll(List.of("-jar", runtimeDir.resolve("payara-micro.jar").toString(),
                "--deploy", runtimeDir.resolve("eveseat-web.war").toString(), "--contextroot", "/",
                "--port", Integer.toString(settings.httpPort()),
                "--addlibs", runtimeDir.resolve("postgresql.jar").toString(),
                "--prebootcommandfile", preBoot.toString(), "--postbootcommandfile", postBoot.toString()));
        if (!settings.cluster()) {
            command.add("--nocluster");
        }
        Process process = LauncherBoundProcess.start(settings.dataDir(), command,
                Map.of("EVESEAT_PUBLIC_URL", publicUrl(System.getenv(), settings.httpPort())));
        return new PayaraMicroProcess(process, settings.httpPort(), settings.dataDir());
    }

    /**
     * No {@code Server: Payara Micro} or {@code X-Powered-By} (the exact server version helps only attackers), and
     * SameSite=Lax on the container's own cookies (JSESSIONID of the SSO login and the console), which Payara sets
     * from the listener's settings only. Grizzly refuses a request line and headers longer than its header buffer
     * (8 KiB by default) with a bare 400 before any application code runs; at {@link #HEADER_BUFFER_BYTES} a long
     * address reaches the API, which answers it with a problem (414 above 8 KiB). The connector also refuses a path
     * whose percent-encoding is not UTF-8 (bare {@code 400 Invalid URI}); decoded as ISO-8859-1 (every byte is a
     * character) it reaches the API, which decodes the raw URI itself and refuses such bytes with a problem.
     */
    static String listenerSettings() {
        StringBuilder commands = new StringBuilder();
        for (String listener : List.of("http-listener", "https-listener")) {
            for (String setting : List.of("server-header=false", "xpowered-by=false", "cookie-same-site-enabled=true",
                    "cookie-same-site-value=Lax", "header-buffer-length-bytes=" + HEADER_BUFFER_BYTES,
                    "uri-encoding=ISO-8859-1")) {
                commands.append("set configs.config.server-config.network-config.protocols.protocol.").append(listener)
                        .append(".http.").append(setting).append("\n");
            }
        }
        return commands.toString();
    }

    /**
     * The address users reach, which EVE SSO sends them back to: {@code EVESEAT_PUBLIC_URL}, or by default this
     * machine's {@code http://localhost:<port>} (a request's Host header must never choose it).
     */
    static String publicUrl(Map<String, String> env, int port) {
        String configured = env.get("EVESEAT_PUBLIC_URL");
        return configured == null || configured.isBlank() ? "http://localhost:" + port : configured.trim();
    }

    /**
     * Polls readiness until our database check reports green or the process dies. Payara answers UP while no
     * check is registered, that is before (or without) the application, so the check's presence is required.
     */
    boolean awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HttpResponse<String> response = http.send(ready, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"database\"")) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        return false;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /**
     * SIGTERM, so Payara undeploys cleanly; killed only if it hangs. Its pid file goes with it. Through its handle:
     * {@code Process.destroy()} also closes the server's input, which its watchdog would take for our death.
     */
    void stop(Duration grace) throws InterruptedException, IOException {
        process.toHandle().destroy();
        if (!process.waitFor(grace.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        Files.deleteIfExists(LauncherBoundProcess.pidFile(dataDir));
    }
}

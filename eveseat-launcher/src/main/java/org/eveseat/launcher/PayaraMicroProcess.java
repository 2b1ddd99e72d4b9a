package org.eveseat.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Payara Micro running the EVESeat WAR as a child process, with the connection pool defined at boot; it stops itself
 * when the launcher dies ({@link LauncherBoundProcess}).
 */
final class PayaraMicroProcess {
    /** The pre-boot commands the WAR carries (one list for the launcher and the tests; see the file). */
    static final String PRE_BOOT_ENTRY = "WEB-INF/classes/payara/pre-boot.asadmin";

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
        Path preBoot = Files.writeString(work.resolve("pre-boot.asadmin"),
                preBootCommands(runtimeDir.resolve("eveseat-web.war")));

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

    static String preBootCommands(Path war) throws IOException {
        try (ZipFile zip = new ZipFile(war.toFile())) {
            ZipEntry entry = zip.getEntry(PRE_BOOT_ENTRY);
            if (entry == null) {
                throw new IOException(war + " holds no " + PRE_BOOT_ENTRY);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
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

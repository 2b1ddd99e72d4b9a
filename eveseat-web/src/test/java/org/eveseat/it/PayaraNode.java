package org.eveseat.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A Payara Micro running the real WAR as a child process, as the launcher starts it, for the tests Arquillian
 * cannot do: killing a node with SIGKILL mid-job, and several nodes forming one Hazelcast cluster on loopback.
 */
final class PayaraNode implements AutoCloseable {
    private static final Duration STARTUP = Duration.ofSeconds(180);
    private static final String READY = "ready";

    private final String name;
    private final int port;
    private final int tlsPort;
    private final List<String> command;
    private Process process;
    private long logAtStart;

    private PayaraNode(String name, int port, int tlsPort, List<String> command) {
        this.name = name;
        this.port = port;
        this.tlsPort = tlsPort;
        this.command = command;
    }

    /** A node on its own (--nocluster), syncing. */
    static PayaraNode lone(String name, String... jvmOptions) {
        return create(name, List.of("--nocluster"), jvmOptions);
    }

    /**
     * A node on its own that also serves HTTPS, with Payara's own certificate (CN=localhost), and closes HTTP and
     * HTTPS connections idle for that long (Payara's default: 30 s).
     */
    static PayaraNode loneWithTls(String name, Duration keepAlive, String... jvmOptions) {
        int tlsPort = freePort();
        String timeouts = Stream.of("http-listener", "https-listener").map(protocol -> "set configs.config"
                + ".server-config.network-config.protocols.protocol." + protocol + ".http.timeout-seconds="
                + keepAlive.toSeconds() + "\n").collect(Collectors.joining());
        try {
            Path preBoot = Files.writeString(Path.of(System.getProperty("eveseat.it.workDir"), name + "-pre-boot"
                    + ".asadmin"), Files.readString(IntegrationEnvironment.preBootCommands()) + timeouts);
            return create(name, List.of("--nocluster", "--sslport", Integer.toString(tlsPort)), tlsPort, preBoot,
                    jvmOptions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A node of the loopback cluster whose members listen for Hazelcast on {@code memberPorts}; each node takes
     * the first free one of them (Payara's start port counts up).
     */
    static PayaraNode clustered(String name, List<Integer> memberPorts, String... jvmOptions) {
        String members = String.join(",", memberPorts.stream().map(p -> "127.0.0.1:" + p).toList());
        return create(name, List.of("--clustermode", "tcpip:" + members, "--interfaces", "127.0.0.1",
                "--startport", Integer.toString(memberPorts.get(0)), "--clustername", "eveseat-it"), jvmOptions);
    }

    private static PayaraNode create(String name, List<String> clusterOptions, String... extraJvmOptions) {
        return create(name, clusterOptions, 0, IntegrationEnvironment.preBootCommands(), extraJvmOptions);
    }

    private static PayaraNode create(String name, List<String> clusterOptions, int tlsPort, Path preBoot,
            String... extraJvmOptions) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx768m", "-Dhttp.maxConnections=64"));
        Arrays.stream(IntegrationEnvironment.jvmOptions().split(" "))
                .filter(option -> !option.startsWith("-Deveseat.sync.enabled")).forEach(command::add);
        command.addAll(List.of("-Deveseat.sync.enabled=true", "-Deveseat.sync.tick-seconds=1"));
        command.addAll(List.of(extraJvmOptions));
        command.addAll(List.of("-jar", System.getProperty("payara.microJar"),
                "--deploy", System.getProperty("eveseat.it.war"), "--contextroot", "/", "--port",
                Integer.toString(port), "--name", name,
                "--addlibs", System.getProperty("eveseat.it.jdbcDriver"),
                "--prebootcommandfile", preBoot.toString(),
                "--postbootcommandfile", IntegrationEnvironment.postBootCommands().toString()));
        command.addAll(clusterOptions);
        return new PayaraNode(name, port, tlsPort, command);
    }

    PayaraNode start() {
        try {
            Files.createDirectories(log().getParent());
            logAtStart = Files.exists(log()) ? Files.size(log()) : 0;
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("node " + name + " did not start", e);
        }
        awaitReady();
        return this;
    }

    /** What the node has logged since its start (the log file is appended to by every start of that name). */
    String logSinceStart() {
        try (InputStream in = Files.newInputStream(log())) {
            in.skipNBytes(logAtStart);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path log() {
        return Path.of(System.getProperty("eveseat.it.workDir"), name + ".log");
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** The HTTPS address of a node made by {@link #loneWithTls}. */
    URI secureBase() {
        return URI.create("https://localhost:" + tlsPort + "/");
    }

    long pid() {
        return process.pid();
    }

    /** CPU time the node's JVM has used so far. */
    Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** Runs {@code jcmd <pid> command...} against the node's JVM and returns what it printed. */
    String run(String jdkTool, String... command) {
        return runJdkTool(process.pid(), jdkTool, command);
    }

    /** Runs a JDK tool such as jcmd against the JVM with that pid and returns what it printed. */
    static String runJdkTool(long pid, String jdkTool, String... command) {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", jdkTool).toString(),
                Long.toString(pid)));
        line.addAll(List.of(command));
        try {
            Process tool = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(tool.getInputStream().readAllBytes());
            tool.waitFor(60, TimeUnit.SECONDS);
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * SIGTERM, as an operator's stop or a service manager does, and waits for the node to exit by itself: its
     * shutdown hooks undeploy the application.
     */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
            throw new AssertionError("node " + name + " did not stop within 60 s of SIGTERM");
        }
    }

    /** SIGKILL: no shutdown hook, no undeploy, no chance to mark anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(base().resolve("/health/ready")).timeout(Duration.ofSeconds(5))
                .build();
        String lastAnswer;
        try {
            lastAnswer = Await.until("node " + name + " ready", STARTUP, Duration.ofMillis(500),
                    () -> readiness(http, ready), answer -> answer.equals(READY) || !process.isAlive());
        } catch (AssertionError notReady) {
            lastAnswer = notReady.getMessage();
        }
        if (lastAnswer.equals(READY)) {
            return;
        }
        boolean alive = process.isAlive();
        if (alive) {
            dumpThreads();
        }
        process.destroyForcibly(); // a node left running would take the sync jobs of the tests after this one
        throw new IllegalStateException("node " + name + " not ready within " + STARTUP + " (alive: " + alive
                + ", last readiness answer: " + lastAnswer + ")");
    }

    /** {@link #READY}, or what the node answered to the readiness check. */
    private static String readiness(HttpClient http, HttpRequest ready) {
        try {
            HttpResponse<String> response = http.send(ready, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"database\"") ? READY
                    : response.statusCode() + " " + response.body();
        } catch (IOException notYet) {
            return "not listening yet";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What a node that never became ready was doing, into its log, for the failure's reader. */
    private void dumpThreads() {
        try {
            new ProcessBuilder("jcmd", Long.toString(process.pid()), "Thread.print").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile())).start()
                    .waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            System.err.println("no thread dump of node " + name + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package org.eveseat.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * WildFly 39 from its distribution zip on its MicroProfile configuration, ports offset by 20300 (HTTP 28380,
 * management 30290): the datasource script on a pristine copy of that configuration, {@code standalone.sh}, then
 * {@code jboss-cli.sh deploy}.
 */
final class WildFlyServer implements AppServer {
    private static final String CONFIG = "standalone-microprofile.xml";
    private static final int OFFSET = 20300;
    private static final String CONTROLLER = "127.0.0.1:" + (9990 + OFFSET);

    private final Path home = ServerProcesses.property("eveseat.it.wildflyHome");
    private final Path log = ServerSettings.workDir().resolve("wildfly.log");
    private final Map<String, String> environment = new HashMap<>(ServerSettings.environment("wildfly"));
    private Process server;

    @Override
    public void start() {
        long begin = System.nanoTime();
        environment.put("JBOSS_HOME", home.toString());
        pristine();
        ServerProcesses.run(log, environment, ServerProcesses.property("eveseat.it.scripts")
                .resolve("wildfly-datasource.sh").toString(), System.getProperty("eveseat.it.jdbcDriver"));
        ServerProcesses.log("WildFly datasource script took " + ServerProcesses.seconds(begin));
        long boot = System.nanoTime();
        server = ServerProcesses.launch(log, environment, home.resolve("bin/standalone.sh").toString(),
                "-c", CONFIG, "-Djboss.socket.binding.port-offset=" + OFFSET);
        ServerProcesses.awaitAnswer(URI.create("http://" + CONTROLLER + "/health/live"), "UP", Duration.ofSeconds(120));
        ServerProcesses.log("WildFly started in " + ServerProcesses.seconds(boot));
        long deploy = System.nanoTime();
        cli("deploy " + System.getProperty("eveseat.it.ear"));
        ServerProcesses.awaitAnswer(readiness(), readyCheck(), Duration.ofSeconds(120));
        ServerProcesses.awaitAnswer(base().resolve("api/v1/auth/config"), "ssoConfigured", Duration.ofSeconds(30));
        ServerProcesses.log("WildFly EAR deployed and ready in " + ServerProcesses.seconds(deploy)
                + "; whole start " + ServerProcesses.seconds(begin));
    }

    @Override
    public URI base() {
        return URI.create("http://127.0.0.1:" + (8080 + OFFSET) + "/");
    }

    /** WildFly serves health on its management interface, not on the application's port. */
    @Override
    public URI readiness() {
        return URI.create("http://" + CONTROLLER + "/health/ready");
    }

    /** WildFly lists a check per deployment; it does not run checks of an EAR's web module (see docs/STACK.md). */
    @Override
    public String readyCheck() {
        return "eveseat.ear";
    }

    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        try {
            cli(":shutdown");
        } catch (IllegalStateException alreadyDown) {
            ServerProcesses.log("WildFly shutdown command failed: " + alreadyDown.getMessage());
        }
        ServerProcesses.stop(server);
        server = null;
    }

    /** Each run starts from the configuration as shipped, and with no deployment or data left from the last. */
    private void pristine() {
        Path configuration = home.resolve("standalone/configuration");
        Path shipped = configuration.resolve(CONFIG + ".shipped");
        try {
            if (!Files.exists(shipped)) {
                Files.copy(configuration.resolve(CONFIG), shipped);
            }
            Files.copy(shipped, configuration.resolve(CONFIG), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServerProcesses.deleteTree(home.resolve("standalone/data"));
        ServerProcesses.deleteTree(home.resolve("standalone/tmp"));
        ServerProcesses.deleteTree(home.resolve("modules/org/postgresql"));
    }

    private void cli(String command) {
        ServerProcesses.run(log, environment, home.resolve("bin/jboss-cli.sh").toString(), "-c",
                "--controller=" + CONTROLLER, "--command=" + command);
    }
}

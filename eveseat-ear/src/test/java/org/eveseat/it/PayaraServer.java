package org.eveseat.it;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Payara Server 6 from its distribution zip: a domain of its own on fixed, unusual ports (port base 27300: admin
 * 27348, HTTP 27380), the datasource script, {@code asadmin deploy}.
 */
final class PayaraServer implements AppServer {
    private static final String DOMAIN = "eveseat-it";
    private static final int PORT_BASE = 27300;
    private static final String ADMIN_PORT = Integer.toString(PORT_BASE + 48);

    private final Path home = ServerProcesses.property("eveseat.it.payaraHome");
    private final Path log = ServerSettings.workDir().resolve("payara-server.log");
    private final Map<String, String> environment = ServerSettings.environment("payara");
    private boolean started;

    @Override
    public void start() {
        long begin = System.nanoTime();
        ServerProcesses.deleteTree(home.resolve("glassfish/domains/" + DOMAIN));
        asadmin("create-domain", "--nopassword", "--portbase", Integer.toString(PORT_BASE), DOMAIN);
        ServerProcesses.log("Payara Server domain created in " + ServerProcesses.seconds(begin));
        long domain = System.nanoTime();
        asadmin("start-domain", DOMAIN);
        started = true;
        ServerProcesses.log("Payara Server domain started in " + ServerProcesses.seconds(domain));
        long script = System.nanoTime();
        ServerProcesses.run(log, environment, ServerProcesses.property("eveseat.it.scripts")
                .resolve("payara-datasource.sh").toString(), home.toString(),
                System.getProperty("eveseat.it.jdbcDriver"), "--port", ADMIN_PORT);
        ServerProcesses.log("Payara Server datasource script took " + ServerProcesses.seconds(script));
        long deploy = System.nanoTime();
        asadmin("--port", ADMIN_PORT, "deploy", System.getProperty("eveseat.it.ear"));
        ServerProcesses.awaitAnswer(readiness(), readyCheck(), Duration.ofSeconds(120));
        ServerProcesses.log("Payara Server EAR deployed and ready in " + ServerProcesses.seconds(deploy)
                + "; whole start " + ServerProcesses.seconds(begin));
    }

    @Override
    public URI base() {
        return URI.create("http://127.0.0.1:" + (PORT_BASE + 80) + "/");
    }

    @Override
    public URI readiness() {
        return base().resolve("/health/ready");
    }

    @Override
    public String readyCheck() {
        return "\"database\"";
    }

    @Override
    public synchronized void close() {
        if (started) {
            asadmin("stop-domain", DOMAIN);
            started = false;
        }
    }

    private void asadmin(String... arguments) {
        String[] command = new String[arguments.length + 1];
        command[0] = home.resolve("bin/asadmin").toString();
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        ServerProcesses.run(log, environment, command);
    }
}

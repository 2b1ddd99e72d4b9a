package org.eveseat.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL of the run command: durable settings, and a clean take-over after a killed launcher. */
class EmbeddedDatabaseTest {
    private static final int PORT = 18561;

    @TempDir
    Path dataDir;

    @Test
    void theRunConfigurationWritesDurably() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, PORT, "eveseat", "eveseat", line -> { })) {
            assertThat(setting(database, "fsync")).isEqualTo("on");
            assertThat(setting(database, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(database, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void aServerLeftByAKilledLauncherIsStoppedCleanlyAndStartedAfresh() throws Exception {
        Process launcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledLauncherDatabase.class.getName(),
                dataDir.toString(), Integer.toString(PORT + 1)).redirectErrorStream(true).start();
        List<String> output = awaitReady(launcher);
        long orphanPid = LeftoverPostgres.running(dataDir.resolve("postgres")).orElseThrow().pid();

        launcher.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs
        assertThat(ProcessHandle.of(orphanPid).filter(ProcessHandle::isAlive)).as("PostgreSQL outlives the launcher")
                .isPresent();

        List<String> log = new ArrayList<>();
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, PORT + 1, "eveseat", "eveseat", log::add)) {
            assertThat(ProcessHandle.of(orphanPid).filter(ProcessHandle::isAlive)).as("the orphan was stopped: %s",
                    output).isEmpty();
            assertThat(log).anySatisfy(line -> assertThat(line).contains("pid " + orphanPid, "still running",
                    dataDir.resolve("postgres").toString(), "did not stop cleanly"));
            assertThat(LeftoverPostgres.running(dataDir.resolve("postgres")).orElseThrow().pid())
                    .as("a new server of our own").isNotEqualTo(orphanPid);
            assertThat(setting(database, "fsync")).isEqualTo("on");
            try (Connection connection = connect(database); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select note from survivor")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("written before the kill");
            }
        }
    }

    private static List<String> awaitReady(Process launcher) throws Exception {
        List<String> lines = new ArrayList<>();
        var reader = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lines.add(line);
            if (line.equals("READY")) {
                return lines;
            }
        }
        throw new AssertionError("the launcher's database did not start: " + lines);
    }

    private static String setting(EmbeddedDatabase database, String name) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("show " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static Connection connect(EmbeddedDatabase database) throws SQLException {
        DatabaseTarget target = database.target();
        return DriverManager.getConnection("jdbc:postgresql://" + target.host() + ":" + target.port() + "/"
                + target.database(), target.user(), target.password());
    }
}

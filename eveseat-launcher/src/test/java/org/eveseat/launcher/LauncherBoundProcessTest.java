package org.eveseat.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server started by the launcher does not outlive it, and a next start stops a server that did. */
class LauncherBoundProcessTest {
    @TempDir
    Path dataDir;

    @Test
    void aServerStopsItselfCleanlyWhenItsLauncherIsKilled() throws Exception {
        Process launcher = startLauncher();
        Output output = Output.of(launcher); // the launcher's and, through it, the server's
        ProcessHandle server = output.server();
        assertThat(Files.readString(LauncherBoundProcess.pidFile(dataDir))).isEqualTo(Long.toString(server.pid()));

        launcher.toHandle().destroyForcibly(); // SIGKILL: the launcher's shutdown hook never runs

        try {
            server.onExit().get(30, TimeUnit.SECONDS);
        } finally {
            server.destroyForcibly(); // when it failed to stop, it must not outlive the test either
        }
        assertThat(stopped()).as("System.exit, so the server's shutdown hooks ran").hasContent("shutdown hooks ran");
        assertThat(output.ended.get(30, TimeUnit.SECONDS))
                .contains("[eveseat] the launcher is gone; stopping this server");
    }

    @Test
    void aServerLeftRunningForTheDataDirectoryIsStoppedAndReported() throws Exception {
        Process launcher = startLauncher(); // one whose watchdog could not act: still alive, as far as it knows
        ProcessHandle leftover = Output.of(launcher).server();
        List<String> log = new ArrayList<>();

        try {
            LeftoverServer.stop(dataDir, log::add);
        } finally {
            launcher.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        assertThat(leftover.isAlive()).isFalse();
        assertThat(stopped()).as("stopped with SIGTERM, not killed").hasContent("shutdown hooks ran");
        assertThat(log).anySatisfy(line -> assertThat(line).contains("pid " + leftover.pid(), "still running",
                dataDir.toString(), "did not stop cleanly"));
        assertThat(log).anySatisfy(line -> assertThat(line).contains("pid " + leftover.pid(), "has stopped"));
        assertThat(LauncherBoundProcess.pidFile(dataDir)).doesNotExist();
    }

    @Test
    void aPidFileNamingAnotherProcessLeavesThatProcessAlone() throws Exception {
        Files.createDirectories(LauncherBoundProcess.pidFile(dataDir).getParent());
        long notOurs = ProcessHandle.current().pid(); // alive, and without this data directory's watchdog agent
        Files.writeString(LauncherBoundProcess.pidFile(dataDir), Long.toString(notOurs));
        List<String> log = new ArrayList<>();

        LeftoverServer.stop(dataDir, log::add);

        assertThat(ProcessHandle.current().isAlive()).isTrue();
        assertThat(log).singleElement().asString().contains("pid " + notOurs, "not an EVESeat server",
                "leaving that process alone");
        assertThat(LauncherBoundProcess.pidFile(dataDir)).doesNotExist();
    }

    @Test
    void aServerOfAnotherDataDirectoryIsNotOurs(@TempDir Path otherDataDir) throws Exception {
        Process otherServer = LauncherBoundProcess.start(otherDataDir, IdleServer.command(otherDataDir.resolve("x")));
        try {
            Files.createDirectories(LauncherBoundProcess.pidFile(dataDir).getParent());
            Files.writeString(LauncherBoundProcess.pidFile(dataDir), Long.toString(otherServer.pid()));

            LeftoverServer.stop(dataDir, line -> { });

            assertThat(otherServer.isAlive()).isTrue();
        } finally {
            otherServer.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Process startLauncher() throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), KilledLauncherServer.class.getName(), dataDir.toString(),
                stopped().toString()).redirectErrorStream(true).start();
    }

    private Path stopped() {
        return dataDir.resolve("stopped");
    }

    /** Lines read as they come: the server writes after the launcher is dead, until it ends itself. */
    private record Output(CompletableFuture<List<String>> serving, CompletableFuture<List<String>> ended) {
        static Output of(Process launcher) {
            Output output = new Output(new CompletableFuture<>(), new CompletableFuture<>());
            Thread reader = new Thread(() -> {
                List<String> lines = new ArrayList<>();
                try (BufferedReader in = new BufferedReader(new InputStreamReader(launcher.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                        if (line.equals("SERVING")) {
                            output.serving.complete(List.copyOf(lines));
                        }
                    }
                } catch (Exception e) {
                    lines.add(e.toString());
                }
                output.serving.completeExceptionally(new AssertionError("the server did not start: " + lines));
                output.ended.complete(lines);
            });
            reader.setDaemon(true);
            reader.start();
            return output;
        }

        /** The server's pid, once it serves. */
        ProcessHandle server() throws Exception {
            String announced = serving.get(60, TimeUnit.SECONDS).stream().filter(line -> line.startsWith("SERVER "))
                    .findFirst().orElseThrow();
            return ProcessHandle.of(Long.parseLong(announced.substring("SERVER ".length()))).orElseThrow();
        }
    }
}

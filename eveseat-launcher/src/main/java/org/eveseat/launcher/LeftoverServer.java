package org.eveseat.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A Payara Micro server still running for our data directory, left by an earlier launcher that died where its
 * watchdog could not act (the server hung, or was stopped, or was started by an older launcher). It would hold the
 * HTTP port and keep syncing against the database the new launcher is about to take over, so it is stopped first:
 * SIGTERM (Payara undeploys cleanly), SIGKILL if it hangs. Only a process whose command line carries this data
 * directory's watchdog agent is touched; a pid file naming anything else is reported and dropped.
 */
final class LeftoverServer {
    static final Duration STOP_WAIT = Duration.ofSeconds(60);
    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    private LeftoverServer() {
    }

    static void stop(Path dataDir, Consumer<String> log) throws IOException {
        Path pidFile = LauncherBoundProcess.pidFile(dataDir);
        Optional<ProcessHandle> server = recorded(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (server.isPresent() && !isOurs(server.get(), dataDir)) {
            log.accept(pidFile + " names pid " + server.get().pid() + ", which is not an EVESeat server of " + dataDir
                    + "; leaving that process alone");
        } else if (server.isPresent()) {
            long pid = server.get().pid();
            log.accept("Payara Micro (pid " + pid + ") is still running for " + dataDir + ", left over from an EVESeat "
                    + "launcher that did not stop cleanly; stopping it (SIGTERM)");
            server.get().destroy();
            if (!exited(server.get(), STOP_WAIT)) {
                log.accept("Payara Micro (pid " + pid + ") did not stop within " + STOP_WAIT.toSeconds()
                        + " s; killing it (SIGKILL)");
                server.get().destroyForcibly();
                if (!exited(server.get(), KILL_WAIT)) {
                    throw new IllegalStateException("the left-over Payara Micro (pid " + pid + ") does not stop; "
                            + "stop it (kill -9 " + pid + ") and start EVESeat again");
                }
            }
            log.accept("the left-over Payara Micro (pid " + pid + ") has stopped");
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> recorded(Path pidFile) throws IOException {
        List<String> lines = Files.isRegularFile(pidFile) ? Files.readAllLines(pidFile) : List.of();
        return lines.isEmpty() || !lines.get(0).trim().matches("\\d{1,18}") ? Optional.empty()
                : Optional.of(Long.parseLong(lines.get(0).trim()));
    }

    /** A pid may have been reused since the file was written: ours only if it runs with our watchdog agent. */
    private static boolean isOurs(ProcessHandle process, Path dataDir) {
        String mark = LauncherBoundProcess.watchdogOption(dataDir);
        return process.info().arguments().map(List::of).map(arguments -> arguments.contains(mark)).orElse(false);
    }

    private static boolean exited(ProcessHandle process, Duration wait) {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}

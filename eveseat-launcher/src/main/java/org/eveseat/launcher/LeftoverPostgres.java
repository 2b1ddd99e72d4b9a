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
 * A PostgreSQL server still running in our data directory, left behind by a launcher that was killed (SIGKILL,
 * OOM killer, a closed terminal): the server outlives it. Starting beside it would quietly reuse it (whatever
 * settings it was started with) or fail on its lock file, so the launcher takes it over: it says so, asks it for a
 * fast shutdown (SIGINT: clients are disconnected, everything committed is written, as {@code pg_ctl stop -m fast}
 * does), waits for it to exit and then starts afresh. If it will not stop, the launcher stops with a message.
 */
final class LeftoverPostgres {
    static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private LeftoverPostgres() {
    }

    static void takeOver(Path pgData, Consumer<String> log) throws IOException {
        Optional<ProcessHandle> server = running(pgData);
        if (server.isEmpty()) {
            return;
        }
        long pid = server.get().pid();
        log.accept("PostgreSQL (pid " + pid + ") is still running in " + pgData + ", left over from an EVESeat launcher "
                + "that did not stop cleanly; stopping it (fast shutdown) and starting afresh");
        signalFastShutdown(pid);
        try {
            server.get().onExit().get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException("the PostgreSQL server left running in " + pgData + " (pid " + pid
                    + ") did not stop within " + STOP_WAIT.toSeconds() + " s; stop it (kill -INT " + pid
                    + ") and start EVESeat again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for PostgreSQL (pid " + pid + ") to stop", e);
        }
        log.accept("the left-over PostgreSQL (pid " + pid + ") has stopped");
    }

    /** The live postmaster named by {@code postmaster.pid}; none when there is no such file or its process is gone. */
    static Optional<ProcessHandle> running(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
            return Optional.empty(); // being written or cut short: PostgreSQL judges such a file itself
        }
        long pid = Long.parseLong(lines.get(0).trim());
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isPresent() && !isPostgres(process.get())) {
            throw new IllegalStateException(pidFile + " names pid " + pid + ", which is not PostgreSQL; remove the "
                    + "file if no PostgreSQL uses " + pgData + ", then start EVESeat again");
        }
        return process;
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> Path.of(command).getFileName().toString().startsWith("postgres"))
                .orElse(true); // not ours to inspect: trust the lock file, as pg_ctl does
    }

    private static void signalFastShutdown(long pid) throws IOException {
        try {
            int exit = new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IOException("kill -INT " + pid + " exited with " + exit);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while signalling PostgreSQL (pid " + pid + ")", e);
        }
    }
}

package org.eveseat.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.time.Duration;

/**
 * Java agent in the server's JVM that ends it when its launcher is gone. The launcher keeps the write end of the
 * server's standard input open and never writes to it; the kernel closes it when the launcher dies in any way
 * (SIGKILL and the OOM killer included), so end-of-input is the signal, without polling and without trusting a pid
 * that may be reused. A Java agent, because it leaves Payara Micro's executable-jar boot (its manifest's
 * {@code Add-Opens}) untouched. This class is copied alone into the agent jar: it uses nothing else of ours.
 */
public final class LauncherWatchdog {
    /** Long enough for Payara to undeploy and close its pool; a server hung in a shutdown hook is halted. */
    static final Duration HALT_AFTER = Duration.ofSeconds(30);

    private LauncherWatchdog() {
    }

    public static void premain(String arguments, Instrumentation instrumentation) {
        watch(System.in);
    }

    static void watch(InputStream launcherPipe) {
        Thread watchdog = new Thread(() -> {
            awaitEndOfInput(launcherPipe);
            System.out.println("[eveseat] the launcher is gone; stopping this server");
            Thread halt = new Thread(() -> {
                try {
                    Thread.sleep(HALT_AFTER.toMillis()); // a deadline, not a wait for a condition
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Runtime.getRuntime().halt(1);
            }, "eveseat-launcher-watchdog-halt");
            halt.setDaemon(true);
            halt.start();
            System.exit(1); // runs the shutdown hooks: Payara undeploys and closes its connections
        }, "eveseat-launcher-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private static void awaitEndOfInput(InputStream launcherPipe) {
        byte[] discard = new byte[256];
        try {
            while (launcherPipe.read(discard) >= 0) {
                // the launcher writes nothing; anything typed into an inherited terminal is ignored
            }
        } catch (IOException closed) {
            // a broken pipe means the same: the launcher is gone
        }
    }
}

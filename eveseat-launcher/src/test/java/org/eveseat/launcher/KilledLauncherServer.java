package org.eveseat.launcher;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Run in a child JVM by {@link LauncherBoundProcessTest}: starts an {@link IdleServer} the way the launcher starts
 * Payara Micro, says which pid it got, and waits to be killed.
 */
public final class KilledLauncherServer {
    private KilledLauncherServer() {
    }

    public static void main(String[] args) throws Exception {
        Process server = LauncherBoundProcess.start(Path.of(args[0]), IdleServer.command(Path.of(args[1])));
        System.out.println("SERVER " + server.pid());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}

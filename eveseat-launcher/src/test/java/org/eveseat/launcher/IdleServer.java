package org.eveseat.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * A light stand-in for Payara Micro, run through the launcher's child-start path by {@link LauncherBoundProcessTest}:
 * its shutdown hook writes the file named by its argument, so a test sees whether it ended cleanly.
 */
public final class IdleServer {
    private IdleServer() {
    }

    /** The java arguments that run it from the test class path. */
    static List<String> command(Path stoppedFile) {
        return List.of("-cp", System.getProperty("java.class.path"), IdleServer.class.getName(), stoppedFile.toString());
    }

    public static void main(String[] args) throws Exception {
        Path stopped = Path.of(args[0]);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.writeString(stopped, "shutdown hooks ran");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
        System.out.println("SERVING");
        System.out.flush();
        new CountDownLatch(1).await(); // serves until stopped
    }
}

package org.eveseat.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * The HTTP port must be free before Payara Micro starts: when it is taken, Payara logs "Failed to start, exiting"
 * but its JVM stays up, and the launcher's readiness check would be answered by whatever holds the port, for
 * example a server left by an older launcher that this one cannot recognise as its own.
 */
final class HttpPort {
    private HttpPort() {
    }

    static void ensureFree(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true); // as Payara binds: connections of a stopped server in TIME_WAIT do not count
            probe.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " is in use by another process (see `ss -ltnp "
                    + "'sport = :" + port + "'`); stop it, or set EVESEAT_HTTP_PORT to a free port", e);
        }
    }
}

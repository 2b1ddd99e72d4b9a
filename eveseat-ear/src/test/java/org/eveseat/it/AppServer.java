package org.eveseat.it;

import java.net.URI;

/** A full application server with the EAR deployed on it, started and stopped by a test class. */
interface AppServer extends AutoCloseable {
    /** Starts the server, runs the datasource script, deploys the EAR and waits until it answers. */
    void start();

    /** The application's own port: the web module's context root. */
    URI base();

    /** Where the server reports MicroProfile Health readiness. */
    URI readiness();

    /** What the readiness answer names once the application itself is ready. */
    String readyCheck();

    @Override
    void close();
}

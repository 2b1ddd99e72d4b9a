package org.eveseat.domain.universe.port.out;

import java.io.InputStream;

/**
 * Opens a static data export by where it is: a file on the server, an http(s) URL, or the export shipped with
 * the product ({@link #SHIPPED}). Unreadable locations are a rule violation, an unreachable server upstream
 * unavailable.
 */
public interface StaticDataArchives {
    String SHIPPED = "shipped";

    InputStream open(String location);
}

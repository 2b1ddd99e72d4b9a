package org.eveseat.domain.universe.port.out;

import java.io.InputStream;

import org.eveseat.domain.universe.model.StaticDataImport;

/**
 * Stores a static data export (a zip of the SDE's CSV tables) as a new version and makes it current in one step:
 * readers see the old version until then, and a failure anywhere leaves the old version current.
 */
public interface StaticDataImporter {
    StaticDataImport load(InputStream zip, String source);

    /** Whether some version is current (a fresh install has none until the shipped data is loaded). */
    boolean hasCurrentVersion();
}

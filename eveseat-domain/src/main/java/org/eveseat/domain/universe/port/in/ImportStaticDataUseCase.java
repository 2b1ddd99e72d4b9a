package org.eveseat.domain.universe.port.in;

import java.util.Optional;

import org.eveseat.domain.universe.model.StaticDataImport;

/**
 * Loads a newer static data export without a rebuild (CCP publishes one with every expansion): from a file on
 * the server or an http(s) URL, as a new version made current at once.
 */
public interface ImportStaticDataUseCase {
    StaticDataImport importFrom(String location);

    /** Loads the export shipped with the product if no version is current yet; empty if one was. */
    Optional<StaticDataImport> loadShippedIfEmpty();
}

package org.eveseat.domain.universe.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.universe.model.StaticDataImport;
import org.eveseat.domain.universe.port.in.ImportStaticDataUseCase;
import org.eveseat.domain.universe.port.out.StaticDataArchives;
import org.eveseat.domain.universe.port.out.StaticDataImporter;

/** Opens the export where it is and hands it to the importer, which versions and switches it. */
public class ImportStaticDataService implements ImportStaticDataUseCase {
    private final StaticDataArchives archives;
    private final StaticDataImporter importer;

    public ImportStaticDataService(StaticDataArchives archives, StaticDataImporter importer) {
        this.archives = archives;
        this.importer = importer;
    }

    @Override
    public StaticDataImport importFrom(String location) {
        Require.text(location, 2000, "location");
        try (InputStream zip = archives.open(location.strip())) {
            return importer.load(zip, location.strip());
        } catch (IOException e) {
            throw new UncheckedIOException("static data export " + location + " could not be closed", e);
        }
    }

    @Override
    public synchronized Optional<StaticDataImport> loadShippedIfEmpty() {
        return importer.hasCurrentVersion() ? Optional.empty() : Optional.of(importFrom(StaticDataArchives.SHIPPED));
    }
}

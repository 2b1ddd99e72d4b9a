package org.eveseat.adapter.persistence.universe;

import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.universe.model.StaticUniverse;
import org.eveseat.domain.universe.port.out.StaticDataArchives;

/** The shipped export's universe, loaded into the test database once per JVM unless a version is current. */
final class ShippedUniverse {
    private static StaticUniverse universe;

    private ShippedUniverse() {
    }

    static synchronized StaticUniverse get() {
        if (universe == null) {
            var db = TestDatabase.get();
            var data = new PostgresStaticData(db.dataSource());
            var importer = new PostgresStaticDataImporter(db.dataSource(), data);
            if (!importer.hasCurrentVersion()) {
                importer.load(new HttpOrFileStaticDataArchives().open(StaticDataArchives.SHIPPED), "shipped");
            }
            universe = data.universe();
        }
        return universe;
    }
}

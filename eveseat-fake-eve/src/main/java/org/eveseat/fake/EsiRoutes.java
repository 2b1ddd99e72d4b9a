package org.eveseat.fake;

import org.eveseat.fake.routes.AllRoutes;

import java.util.List;

/** The operations the fake ESI serves; cache times and groups are those of swagger.json (2026-08-04). */
final class EsiRoutes {

    private EsiRoutes() {
    }

    static List<EsiRoute> defaults() {
        return AllRoutes.routes();
    }
}

package org.eveseat.fake.routes;

import org.eveseat.fake.EsiRoute;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every operation of the project's ESI list (ENDPOINTS.md section 2, in the test resources), feature by feature, and the
 * public corporation profile, where the contact sync finds a corporation's alliance.
 */
public final class AllRoutes {

    private AllRoutes() {
    }

    public static List<EsiRoute> routes() {
        return Stream.of(MailRoutes.routes(), MailLabelRoutes.routes(), ContactRoutes.routes(),
                        CalendarRoutes.routes(), ContractRoutes.routes(), WalletRoutes.routes(),
                        IndustryRoutes.routes(), PlanetRoutes.routes(), LoyaltyRoutes.routes(),
                        SovereigntyRoutes.routes(), WarRoutes.routes(), KillmailRoutes.routes(),
                        MarketRoutes.routes(), UniverseRoutes.routes(), LocationRoutes.routes(),
                        NameRoutes.routes(), RouteRoutes.routes(), StatusRoutes.routes(), PilotRoutes.routes())
                .flatMap(List::stream).toList();
    }
}

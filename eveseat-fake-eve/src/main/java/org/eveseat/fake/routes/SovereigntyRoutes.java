package org.eveseat.fake.routes;

import org.eveseat.fake.EsiRoute;
import org.eveseat.fake.ledger.SovereigntySystem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sovereignty campaigns and who holds each solar system. */
public final class SovereigntyRoutes {

    private SovereigntyRoutes() {
    }

    public static List<EsiRoute> routes() {
        return List.of(
                EsiRoute.of("GET /sovereignty/campaigns")
                        .answer(request -> request.publicData().sovereigntyCampaigns().all()),
                EsiRoute.of("GET /sovereignty/systems")
                        .answer(request -> Map.of("solar_systems", request.publicData().sovereigntySystems().all()
                                .stream().map(SovereigntyRoutes::system).toList())));
    }

    /** {@code {"solar_system_id", "claim": {"faction": ...} | {"alliance": ...} | {"unclaimed": true}}}. */
    private static Map<String, Object> system(SovereigntySystem system) {
        Map<String, Object> claim = new LinkedHashMap<>();
        if (system.factionId() != null) {
            claim.put("faction", Map.of("faction_id", system.factionId()));
        } else if (system.allianceId() != null) {
            Map<String, Object> alliance = new LinkedHashMap<>();
            alliance.put("alliance_id", system.allianceId());
            alliance.put("claimed_since", system.claimedSince());
            alliance.put("corporation_id", system.corporationId());
            alliance.put("development", Map.of("activity_defense_multiplier", 1.5, "industrial_level", 2,
                    "military_level", 3, "strategic_level", 4));
            alliance.put("is_capital_system", system.capital());
            alliance.put("sovereignty_hub", Map.of("id", system.hubId()));
            claim.put("alliance", alliance);
        } else {
            claim.put("unclaimed", true);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("solar_system_id", system.solarSystemId());
        json.put("claim", claim);
        return json;
    }
}

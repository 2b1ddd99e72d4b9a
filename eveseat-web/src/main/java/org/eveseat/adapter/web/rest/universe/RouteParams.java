package org.eveseat.adapter.web.rest.universe;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.QueryParam;

import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.universe.model.RouteFlag;
import org.eveseat.domain.universe.model.RoutePlan;

/**
 * The route query: {@code via} and {@code avoid} take ids repeated or comma-separated. An avoided id is a region
 * or a system by EVE's id ranges (regions 10,000,000-19,999,999, solar systems 30,000,000-39,999,999).
 */
public class RouteParams {
    private static final int MAX_IDS = RoutePlan.MAX_AVOIDED * 2;

    @QueryParam("from")
    String from;
    @QueryParam("to")
    String to;
    @QueryParam("via")
    List<String> via;
    @QueryParam("avoid")
    List<String> avoid;
    @QueryParam("flag")
    String flag;
    @QueryParam("order")
    String order;

    RoutePlan plan() {
        List<SolarSystemId> waypoints = ids(via, "via").stream().map(id -> system(id, "via")).toList();
        Set<SolarSystemId> avoidSystems = new HashSet<>();
        Set<RegionId> avoidRegions = new HashSet<>();
        for (long id : ids(avoid, "avoid")) {
            if (id >= 10_000_000L && id < 20_000_000L) {
                avoidRegions.add(new RegionId(id));
            } else {
                avoidSystems.add(system(id, "avoid"));
            }
        }
        return new RoutePlan(system(RequestParams.id(from, "from"), "from"), system(RequestParams.id(to, "to"), "to"),
                waypoints, bestOrder(), avoidSystems, avoidRegions, RouteFlag.of(flag));
    }

    private boolean bestOrder() {
        if (order == null || order.isBlank() || order.equals("given")) {
            return false;
        }
        if (order.equals("best")) {
            return true;
        }
        throw new RuleViolationException("order must be given or best, not " + order);
    }

    private static SolarSystemId system(long id, String name) {
        if (id < 30_000_000L || id >= 40_000_000L) {
            throw new RuleViolationException(name + ": " + id + " is no solar system id");
        }
        return new SolarSystemId(id);
    }

    private static List<Long> ids(List<String> values, String name) {
        List<Long> ids = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                for (String part : value.split(",", -1)) {
                    if (!part.isBlank()) {
                        ids.add(RequestParams.id(part.strip(), name));
                    }
                }
                if (ids.size() > MAX_IDS) {
                    throw new RuleViolationException(name + ": at most " + MAX_IDS + " ids");
                }
            }
        }
        return ids;
    }
}

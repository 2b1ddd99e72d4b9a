package org.eveseat.domain.planetary.model;

import java.util.List;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.TypeId;

/**
 * What a colony is built of: its pins (extractors, factories, storage, launchpads), the links between them and the
 * routes that move commodities along the links. It is what tells when extractors stop and storage fills up.
 */
public record PlanetLayout(List<Pin> pins, List<Link> links, List<Route> routes) {
    public PlanetLayout {
        pins = Require.list(pins, "pins");
        links = Require.list(links, "links");
        routes = Require.list(routes, "routes");
    }

    public record Link(long sourcePinId, long destinationPinId, int linkLevel) {
        public Link {
            Require.positive(sourcePinId, "source pin id");
            Require.positive(destinationPinId, "destination pin id");
            Require.notNegative(linkLevel, "link level");
        }
    }

    public record Route(long routeId, long sourcePinId, long destinationPinId, TypeId contentTypeId,
                        double quantity, List<Long> waypoints) {
        public Route {
            Require.positive(routeId, "route id");
            Require.positive(sourcePinId, "source pin id");
            Require.positive(destinationPinId, "destination pin id");
            Require.present(contentTypeId, "content type id");
            waypoints = Require.list(waypoints, "waypoints");
        }
    }
}

package org.eveseat.domain.universe.service;

import java.util.List;

import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.universe.model.StaticUniverse;
import org.eveseat.domain.universe.model.SystemLink;
import org.eveseat.domain.universe.model.SystemSummary;
import org.eveseat.domain.universe.port.in.RouteConnectionsUseCase;
import org.eveseat.domain.universe.port.out.RouteConnectionRepository;
import org.eveseat.domain.universe.port.out.StaticData;

/** Keeps the players' connections; only systems the static data knows may be joined. */
public class RouteConnectionsService implements RouteConnectionsUseCase {
    private final StaticData staticData;
    private final RouteConnectionRepository repository;

    public RouteConnectionsService(StaticData staticData, RouteConnectionRepository repository) {
        this.staticData = staticData;
        this.repository = repository;
    }

    @Override
    public List<List<SystemSummary>> connections() {
        StaticUniverse universe = staticData.universe();
        return repository.all().stream()
                .map(link -> List.of(summary(universe, link.one()), summary(universe, link.other()))).toList();
    }

    @Override
    public boolean connect(SolarSystemId one, SolarSystemId other) {
        StaticUniverse universe = staticData.universe();
        summary(universe, one);
        summary(universe, other);
        return repository.add(new SystemLink(one, other));
    }

    @Override
    public boolean disconnect(SystemLink link) {
        return repository.remove(link);
    }

    private static SystemSummary summary(StaticUniverse universe, SolarSystemId id) {
        return universe.system(id).map(system -> SystemSummary.of(system, universe))
                .orElseThrow(() -> new RuleViolationException("no solar system has the id " + id));
    }
}

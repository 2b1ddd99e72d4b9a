package org.eveseat.adapter.persistence.universe;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.Sql;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.model.Blueprint;
import org.eveseat.domain.universe.model.PlanetSchematic;
import org.eveseat.domain.universe.model.StaticType;
import org.eveseat.domain.universe.model.StaticUniverse;
import org.eveseat.domain.universe.model.StationOwner;
import org.eveseat.domain.universe.port.out.StaticData;

/**
 * The static data of the current version: what features read per request from memory (an immutable snapshot,
 * swapped whole when the version changes), the rest (type details, blueprints, schematics) from the version's
 * schema. A load on this node refreshes at once; one on another node is noticed within {@link #CHECK_MILLIS}.
 */
@ApplicationScoped
public class PostgresStaticData implements StaticData {
    static final long CHECK_MILLIS = 10_000;
    static final long FIRST_LOAD_WAIT_SECONDS = 300;

    @Resource(lookup = "jdbc/eveseat")
    private DataSource dataSource;

    private volatile SdeSnapshot snapshot;
    private volatile long checkedAt;
    private volatile Future<?> firstLoad;

    protected PostgresStaticData() {
        // for CDI
    }

    public PostgresStaticData(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Reads the current version again now (after a load). */
    public synchronized void refresh() {
        Long current = new Sql(dataSource).query("select version_id from sde.version where current", none -> { },
                rs -> rs.getLong(1)).stream().findFirst().orElse(null);
        checkedAt = System.currentTimeMillis();
        if (current == null) {
            snapshot = SdeSnapshot.EMPTY;
        } else if (snapshot == null || snapshot.version() != current) {
            snapshot = new SdeSnapshotReader(new Sql(dataSource)).read(current);
        }
    }

    /** Readers wait for this load (the shipped data on a fresh database) before they read the first time. */
    public void waitFor(Future<?> load) {
        firstLoad = load;
    }

    private SdeSnapshot snapshot() {
        Future<?> pending = firstLoad;
        if (pending != null) {
            awaitFirstLoad(pending);
        }
        if (snapshot == null || System.currentTimeMillis() - checkedAt > CHECK_MILLIS) {
            refresh();
        }
        return snapshot;
    }

    private void awaitFirstLoad(Future<?> pending) {
        try {
            pending.get(FIRST_LOAD_WAIT_SECONDS, TimeUnit.SECONDS);
            firstLoad = null;
            refresh();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            firstLoad = null;
        }
    }

    @Override
    public StaticUniverse universe() {
        return snapshot().universe();
    }

    @Override
    public Map<TypeId, String> names() {
        return snapshot().typeNames();
    }

    @Override
    public Optional<SolarSystemId> stationSystem(long locationId) {
        return Optional.ofNullable(snapshot().stations().get(locationId)).map(SdeSnapshot.Station::system);
    }

    @Override
    public Set<SolarSystemId> neighbours(SolarSystemId system) {
        return snapshot().neighbours().getOrDefault(system, Set.of());
    }

    @Override
    public Optional<String> stationName(long stationId) {
        return Optional.ofNullable(snapshot().stations().get(stationId)).map(SdeSnapshot.Station::name);
    }

    @Override
    public Optional<String> npcCorporationName(long corporationId) {
        return Optional.ofNullable(snapshot().npcCorporations().get(corporationId));
    }

    @Override
    public Optional<String> factionName(long factionId) {
        return Optional.ofNullable(snapshot().factions().get(factionId));
    }

    @Override
    public Optional<StaticType> type(TypeId typeId) {
        return details().type(typeId);
    }

    @Override
    public Map<TypeId, StaticType> types(Collection<TypeId> typeIds) {
        return details().types(typeIds);
    }

    @Override
    public Optional<StationOwner> stationOwner(long stationId) {
        return details().stationOwner(stationId);
    }

    @Override
    public Optional<Blueprint> blueprint(TypeId blueprintTypeId) {
        return details().blueprint(blueprintTypeId);
    }

    @Override
    public List<PlanetSchematic> schematics() {
        return details().schematics();
    }

    private SdeDetails details() {
        SdeSnapshot current = snapshot();
        return new SdeDetails(new Sql(dataSource), current == SdeSnapshot.EMPTY ? null : current.schema());
    }
}

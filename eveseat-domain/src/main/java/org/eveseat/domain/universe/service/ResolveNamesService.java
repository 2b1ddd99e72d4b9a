package org.eveseat.domain.universe.service;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eveseat.domain.universe.model.EntityNames;
import org.eveseat.domain.universe.model.ResolvedName;
import org.eveseat.domain.universe.port.in.ResolveNamesQuery;
import org.eveseat.domain.universe.port.out.NameRepository;
import org.eveseat.domain.universe.port.out.StaticNames;

/**
 * Names from the static data first, then the stored ones; the rest go to ESI in the background, in one batched
 * lookup. The answer waits for that lookup only a short while: a slow or failing ESI leaves those ids unnamed in
 * this answer (never an error), and the lookup, still running, stores them for the next one. An id ESI did not
 * know is not asked for again for a day; ids already being looked up are not asked for twice at once. ESI's
 * lookup takes 32-bit ids only: a larger one (a player structure, an item) is never sent, as it would fail the
 * whole batch.
 */
public class ResolveNamesService implements ResolveNamesQuery {
    static final Duration RETRY_UNKNOWN_AFTER = Duration.ofDays(1);

    private final StaticNames staticNames;
    private final NameRepository repository;
    private final NameLookupOnEsi esi;
    private final Executor background;
    private final Duration wait;
    private final Clock clock;
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private static final System.Logger LOG = System.getLogger(ResolveNamesService.class.getName());

    public ResolveNamesService(StaticNames staticNames, NameRepository repository, NameLookupSettings settings) {
        this.staticNames = staticNames;
        this.repository = repository;
        this.esi = new NameLookupOnEsi(settings.esi(), repository, settings.clock());
        this.background = settings.background();
        this.wait = settings.answerWait();
        this.clock = settings.clock();
    }

    @Override
    public EntityNames resolve(Set<Long> ids) {
        Set<Long> wanted = new HashSet<>(ids);
        wanted.removeIf(id -> id == null || id <= 0);
        if (wanted.isEmpty()) {
            return EntityNames.none();
        }
        Map<Long, ResolvedName> known = new HashMap<>(staticNames.find(wanted));
        wanted.removeAll(known.keySet());
        if (!wanted.isEmpty()) {
            known.putAll(repository.find(wanted));
            wanted.removeAll(known.keySet());
        }
        wanted.removeIf(id -> id > Integer.MAX_VALUE);
        if (!wanted.isEmpty()) {
            wanted.removeAll(repository.unknownSince(wanted, clock.instant().minus(RETRY_UNKNOWN_AFTER)));
            lookUp(wanted).forEach(name -> known.put(name.id(), name));
        }
        return new EntityNames(known);
    }

    private List<ResolvedName> lookUp(Set<Long> ids) {
        ids.removeIf(id -> !inFlight.add(id));
        if (ids.isEmpty()) {
            return List.of();
        }
        CompletableFuture<List<ResolvedName>> lookup;
        try {
            lookup = CompletableFuture.supplyAsync(() -> esi.lookUp(ids), background);
        } catch (RejectedExecutionException e) {
            inFlight.removeAll(ids);
            return List.of();
        }
        lookup.whenComplete((names, failure) -> {
            inFlight.removeAll(ids);
            if (failure != null) {
                // the answers go out without these names; say why, once per failed lookup
                LOG.log(System.Logger.Level.WARNING, "names lookup of " + ids.size() + " ids failed: " + failure);
            }
        });
        try {
            return lookup.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException | RuntimeException e) {
            return List.of(); // names are a nicety: the rows go out with their ids
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }
}

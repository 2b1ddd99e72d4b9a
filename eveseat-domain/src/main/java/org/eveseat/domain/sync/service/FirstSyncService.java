package org.eveseat.domain.sync.service;

import java.util.List;
import java.util.Set;

import org.eveseat.domain.character.model.LinkedCharacter;
import org.eveseat.domain.character.model.TokenState;
import org.eveseat.domain.sync.model.FirstSync;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.SyncEndpoint.OwnerKind;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.port.in.FirstSyncQuery;
import org.eveseat.domain.sync.port.out.SyncScheduleRepository;

/**
 * Counts the character endpoints the scheduler keeps for this token (those it can run and whose scope the token
 * grants) and how many of them have run once, whatever the outcome: a failed first run is over too, and shows as
 * the endpoint's error. A key not planned yet (the planner runs shortly after a login) has not run. An invalid
 * token syncs nothing, so it has no first sync running.
 */
public class FirstSyncService implements FirstSyncQuery {
    private final SyncScheduleRepository schedule;
    private final Set<SyncEndpoint> runnable;

    public FirstSyncService(SyncScheduleRepository schedule, Set<SyncEndpoint> runnable) {
        this.schedule = schedule;
        this.runnable = Set.copyOf(runnable);
    }

    @Override
    public FirstSync of(LinkedCharacter character) {
        List<SyncKey> kept = runnable.stream()
                .filter(endpoint -> endpoint.ownerKind() == OwnerKind.CHARACTER)
                .filter(endpoint -> character.tokenState() == TokenState.VALID && character.hasScope(endpoint.scope()))
                .map(endpoint -> new SyncKey(endpoint, character.id().value())).toList();
        int done = (int) kept.stream()
                .filter(key -> schedule.find(key).map(sync -> sync.state().lastRun() != null).orElse(false))
                .count();
        return new FirstSync(character.id(), kept.size(), done);
    }
}

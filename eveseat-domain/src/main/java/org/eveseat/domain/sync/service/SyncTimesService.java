package org.eveseat.domain.sync.service;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.character.port.in.CorporationVisibilityQuery;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.SyncEndpoint.OwnerKind;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.model.SyncTimes;
import org.eveseat.domain.sync.port.in.SyncTimesQuery;
import org.eveseat.domain.sync.port.out.SyncScheduleRepository;

/**
 * Reads the schedule's row of each endpoint the scheduler can run for the owner, after checking that the viewer
 * may see that character or corporation; the rows are the scheduler's own, so the times are those it acts on.
 */
public class SyncTimesService implements SyncTimesQuery {
    private final CharacterVisibilityQuery characters;
    private final CorporationVisibilityQuery corporations;
    private final SyncScheduleRepository schedule;
    private final Set<SyncEndpoint> runnable;

    public SyncTimesService(CharacterVisibilityQuery characters, CorporationVisibilityQuery corporations,
                            SyncScheduleRepository schedule, Set<SyncEndpoint> runnable) {
        this.characters = characters;
        this.corporations = corporations;
        this.schedule = schedule;
        this.runnable = Set.copyOf(runnable);
    }

    @Override
    public List<SyncTimes> times(Viewer viewer, OwnerKind kind, long ownerId) {
        if (kind == OwnerKind.CHARACTER) {
            characters.requireVisible(viewer, new CharacterId(ownerId));
        } else if (kind == OwnerKind.CORPORATION) {
            corporations.requireVisible(viewer, new CorporationId(ownerId));
        } else {
            throw new RuleViolationException("sync times are kept per character or corporation, not per " + kind);
        }
        return runnable.stream().filter(endpoint -> endpoint.ownerKind() == kind)
                .sorted(Comparator.comparing(SyncEndpoint::name))
                .map(endpoint -> schedule.find(new SyncKey(endpoint, ownerId)).map(SyncTimes::of)
                        .orElseGet(() -> SyncTimes.notPlanned(endpoint)))
                .toList();
    }
}

package org.eveseat.domain.sync.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.character.port.in.CorporationVisibilityQuery;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.sync.model.ScheduledSync;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.SyncEndpoint.OwnerKind;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.model.SyncState;
import org.eveseat.domain.sync.model.SyncTimes;
import org.eveseat.domain.testing.InMemorySchedule;
import org.junit.jupiter.api.Test;

class SyncTimesServiceTest {
    private static final long PILOT = 2112625428L;
    private static final long CORPORATION = 98000001L;
    private static final Viewer OWNER = new Viewer(new AccountId(1), false);
    private static final Viewer STRANGER = new Viewer(new AccountId(2), false);
    private static final Instant RAN = Instant.parse("2026-12-07T12:00:00Z");
    private static final Instant DUE = Instant.parse("2026-12-07T12:30:00Z");

    private final InMemorySchedule schedule = new InMemorySchedule();
    private final CharacterVisibilityQuery characters = (viewer, id) -> viewer.equals(OWNER) && id.value() == PILOT;
    private final CorporationVisibilityQuery corporations =
            (viewer, id) -> viewer.equals(OWNER) && id.value() == CORPORATION;
    private final SyncTimesService times = new SyncTimesService(characters, corporations, schedule,
            EnumSet.of(SyncEndpoint.MAIL, SyncEndpoint.CONTACTS, SyncEndpoint.CORPORATION_CONTRACTS,
                    SyncEndpoint.PUBLIC_CONTRACTS));

    @Test
    void eachRunnableEndpointOfTheOwnerSaysWhenItLastSucceededAndIsDueOrThatItIsNotPlanned() {
        plan(SyncEndpoint.MAIL, PILOT, new SyncState(RAN.plusSeconds(60), RAN, "FAILED", "ESI 502", 1));
        plan(SyncEndpoint.MAIL, 90000001L, new SyncState(RAN, RAN, "UPDATED", null, 0)); // another pilot's

        List<SyncTimes> pilot = times.times(OWNER, OwnerKind.CHARACTER, PILOT);

        assertThat(pilot).containsExactly(SyncTimes.notPlanned(SyncEndpoint.CONTACTS),
                new SyncTimes(SyncEndpoint.MAIL, true, RAN, DUE, "FAILED"));
    }

    @Test
    void aCorporationsTimesAreItsOwnEndpoints() {
        plan(SyncEndpoint.CORPORATION_CONTRACTS, CORPORATION, SyncState.never());

        assertThat(times.times(OWNER, OwnerKind.CORPORATION, CORPORATION))
                .containsExactly(new SyncTimes(SyncEndpoint.CORPORATION_CONTRACTS, true, null, DUE, "NEW"));
    }

    @Test
    void anOwnerTheViewerMayNotSeeIsNotFoundAndOnlyCharactersAndCorporationsHaveTimes() {
        assertThatThrownBy(() -> times.times(STRANGER, OwnerKind.CHARACTER, PILOT))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> times.times(STRANGER, OwnerKind.CORPORATION, CORPORATION))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> times.times(OWNER, OwnerKind.REGION, 10000002L))
                .isInstanceOf(RuleViolationException.class);
    }

    private void plan(SyncEndpoint endpoint, long owner, SyncState state) {
        schedule.rows.put(new SyncKey(endpoint, owner), new ScheduledSync(new SyncKey(endpoint, owner), owner, 0,
                DUE, state));
    }
}

package org.eveseat.domain.universe.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.eveseat.domain.shared.UpstreamUnavailableException;
import org.eveseat.domain.testing.InMemoryNames;
import org.eveseat.domain.testing.ScriptedNamesEsi;
import org.eveseat.domain.universe.model.EntityNames;
import org.eveseat.domain.universe.model.NameCategory;
import org.eveseat.domain.universe.model.ResolvedName;
import org.junit.jupiter.api.Test;

class ResolveNamesServiceTest {
    private static final ResolvedName RIFTER = new ResolvedName(587, "Rifter", NameCategory.INVENTORY_TYPE);
    private static final ResolvedName PILOT = new ResolvedName(90000001, "Ava Kestrel", NameCategory.CHARACTER);
    private static final ResolvedName CORP = new ResolvedName(98000001, "Kestrel Works", NameCategory.CORPORATION);
    private static final ResolvedName ALLIANCE = new ResolvedName(99000001, "Kestrel Pact", NameCategory.ALLIANCE);
    private static final long UNKNOWN = 90000666;

    private final InMemoryNames stored = new InMemoryNames();
    private final ScriptedNamesEsi esi = new ScriptedNamesEsi().know(PILOT).know(CORP).know(ALLIANCE);
    private Instant now = Instant.parse("2026-12-07T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private ResolveNamesService service(Executor background, Duration wait) {
        return new ResolveNamesService(ids -> ids.contains(RIFTER.id()) ? Map.of(RIFTER.id(), RIFTER) : Map.of(),
                stored, new NameLookupSettings(esi, background, wait, clock));
    }

    private ResolveNamesService service() {
        return service(Runnable::run, Duration.ofSeconds(1));
    }

    @Test
    void staticAndStoredNamesNeedNoEsi() {
        stored.names.put(CORP.id(), CORP);

        EntityNames names = service().resolve(Set.of(RIFTER.id(), CORP.id()));

        assertThat(names.name(587L)).isEqualTo("Rifter");
        assertThat(names.name(CORP.id())).isEqualTo("Kestrel Works");
        assertThat(esi.batches).isEmpty();
    }

    @Test
    void missingNamesGoToEsiInOneBatchAndAreStored() {
        ResolveNamesService service = service();

        EntityNames names = service.resolve(Set.of(PILOT.id(), CORP.id(), ALLIANCE.id(), RIFTER.id()));

        assertThat(names.find(PILOT.id())).contains(PILOT);
        assertThat(names.name(ALLIANCE.id())).isEqualTo("Kestrel Pact");
        assertThat(esi.batches).containsExactly(Set.of(PILOT.id(), CORP.id(), ALLIANCE.id()));
        assertThat(stored.names).containsKeys(PILOT.id(), CORP.id(), ALLIANCE.id()).doesNotContainKey(RIFTER.id());
        service.resolve(Set.of(PILOT.id(), CORP.id()));
        assertThat(esi.batches).hasSize(1);
    }

    @Test
    void anUnknownIdIsSplitOutOfTheRefusedBatchAndNotAskedForAgainForADay() {
        ResolveNamesService service = service();

        EntityNames names = service.resolve(Set.of(PILOT.id(), CORP.id(), ALLIANCE.id(), UNKNOWN));

        assertThat(names.known()).containsOnlyKeys(PILOT.id(), CORP.id(), ALLIANCE.id());
        assertThat(names.name(UNKNOWN)).isNull();
        assertThat(stored.unknown).containsOnlyKeys(UNKNOWN);
        int asked = esi.batches.size();
        service.resolve(Set.of(UNKNOWN, PILOT.id()));
        assertThat(esi.batches).hasSize(asked);

        now = now.plus(Duration.ofDays(1)).plusSeconds(1);
        service.resolve(Set.of(UNKNOWN));
        assertThat(esi.batches).hasSize(asked + 1).last().isEqualTo(Set.of(UNKNOWN));
    }

    @Test
    void aFailingEsiLeavesTheNamesOutAndStoresNothing() {
        esi.failure = new UpstreamUnavailableException("ESI answered 503");
        ResolveNamesService service = service();

        EntityNames names = service.resolve(Set.of(PILOT.id(), RIFTER.id()));

        assertThat(names.name(PILOT.id())).isNull();
        assertThat(names.name(RIFTER.id())).isEqualTo("Rifter");
        assertThat(stored.names).isEmpty();
        assertThat(stored.unknown).isEmpty();
        esi.failure = null;
        assertThat(service.resolve(Set.of(PILOT.id())).name(PILOT.id())).isEqualTo("Ava Kestrel");
    }

    @Test
    void aSlowLookupFinishesInTheBackgroundForTheNextAnswerAndIsNotStartedTwice() {
        Queue<Runnable> queued = new ArrayDeque<>();
        ResolveNamesService service = service(queued::add, Duration.ZERO);

        assertThat(service.resolve(Set.of(PILOT.id())).name(PILOT.id())).isNull();
        assertThat(service.resolve(Set.of(PILOT.id())).name(PILOT.id())).isNull();
        assertThat(queued).hasSize(1);

        queued.poll().run();
        assertThat(stored.names).containsKey(PILOT.id());
        assertThat(service.resolve(Set.of(PILOT.id())).name(PILOT.id())).isEqualTo("Ava Kestrel");
        assertThat(esi.batches).hasSize(1);
    }

    @Test
    void aFullExecutorLeavesTheNamesOutAndTriesAgainNextTime() {
        boolean[] full = {true};
        ResolveNamesService service = service(task -> {
            if (full[0]) {
                throw new RejectedExecutionException("queue full");
            }
            task.run();
        }, Duration.ofSeconds(1));

        assertThat(service.resolve(Set.of(PILOT.id())).known()).isEmpty();
        full[0] = false;
        assertThat(service.resolve(Set.of(PILOT.id())).name(PILOT.id())).isEqualTo("Ava Kestrel");
    }

    @Test
    void idsBeyondEsisLookupAreNotSentButStoredOnesAreNamed() {
        long structure = 1_035_466_617_946L;
        stored.names.put(structure, new ResolvedName(structure, "Jita - Keepstar", NameCategory.UNKNOWN));

        EntityNames names = service().resolve(Set.of(structure, 1_035_466_617_947L, PILOT.id()));

        assertThat(names.name(structure)).isEqualTo("Jita - Keepstar");
        assertThat(esi.batches).containsExactly(Set.of(PILOT.id()));
    }

    @Test
    void absentAndInvalidIdsAreIgnored() {
        java.util.Set<Long> ids = new java.util.HashSet<>(java.util.Arrays.asList(null, 0L, -5L));
        assertThat(service().resolve(ids).known()).isEmpty();
        assertThat(esi.batches).isEmpty();
    }
}

package org.eveseat.domain.intel.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.eveseat.domain.intel.model.ActivityWindow;
import org.eveseat.domain.intel.model.SovereigntyClaim;
import org.eveseat.domain.intel.model.SystemHolder;
import org.eveseat.domain.intel.model.SystemSovereignty;
import org.eveseat.domain.intel.port.out.SovereigntyEsi;
import org.eveseat.domain.intel.port.out.SovereigntyRepository;
import org.eveseat.domain.intel.port.out.SystemActivityRepository;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.SyncOutcome.Status;
import org.eveseat.domain.shared.UpstreamUnavailableException;
import org.eveseat.domain.universe.model.SystemKills;
import org.eveseat.domain.universe.port.out.UniverseCatalogueEsi;
import org.eveseat.domain.universe.port.out.UniverseEsi;
import org.junit.jupiter.api.Test;

class MapLayerSyncServicesTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:41:07Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final SolarSystemId JITA = new SolarSystemId(30000142L);

    @Test
    void statisticsAreFiledUnderTheHourOfTheReadAndTheFirstExpiryDecidesTheNextSync() {
        UniverseCatalogueEsi esi = mock(UniverseCatalogueEsi.class);
        SystemActivityRepository activity = mock(SystemActivityRepository.class);
        List<SystemKills> kills = List.of(new SystemKills(JITA, 6, 300, 3));
        when(esi.systemKills()).thenReturn(new EsiResult.Fresh<>(kills, NOW.plusSeconds(900)));
        when(esi.systemJumps()).thenReturn(new EsiResult.NotDue<>(NOW.plusSeconds(300)));

        var outcome = new SyncSystemActivityService(esi, activity, CLOCK).sync();

        assertThat(outcome.status()).isEqualTo(Status.UPDATED);
        assertThat(outcome.nextDue()).isEqualTo(NOW.plusSeconds(300));
        verify(activity).saveKills(Instant.parse("2026-12-07T10:00:00Z"), kills);
        verify(activity, never()).saveJumps(any(), any());
        verify(activity).removeBefore(Instant.parse("2026-11-30T10:00:00Z"));
    }

    @Test
    void nothingNewIsUnchangedAndDueWhenTheFirstOfTheTwoExpires() {
        UniverseCatalogueEsi esi = mock(UniverseCatalogueEsi.class);
        when(esi.systemKills()).thenReturn(new EsiResult.NotDue<>(NOW.plusSeconds(200)));
        when(esi.systemJumps()).thenReturn(new EsiResult.Unchanged<>(NOW.plusSeconds(3600)));

        var outcome = new SyncSystemActivityService(esi, mock(SystemActivityRepository.class), CLOCK).sync();

        assertThat(outcome.status()).isEqualTo(Status.UNCHANGED);
        assertThat(outcome.nextDue()).isEqualTo(NOW.plusSeconds(200));
    }

    @Test
    void anUnreachableEsiFailsTheSyncAndRetriesSoon() {
        UniverseCatalogueEsi esi = mock(UniverseCatalogueEsi.class);
        when(esi.systemKills()).thenThrow(new UpstreamUnavailableException("ESI down"));

        var outcome = new SyncSystemActivityService(esi, mock(SystemActivityRepository.class), CLOCK).sync();

        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.nextDue()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    void claimsAreStoredWithoutNamesWhenTheNameLookupFailsAndUnclaimedSystemsAreLeftOut() {
        SovereigntyEsi esi = mock(SovereigntyEsi.class);
        UniverseEsi universe = mock(UniverseEsi.class);
        SovereigntyRepository repository = mock(SovereigntyRepository.class);
        when(esi.systems()).thenReturn(new EsiResult.Fresh<>(List.of(
                new SystemSovereignty(JITA, new SovereigntyClaim.Faction(500001L)),
                new SystemSovereignty(new SolarSystemId(30000856L), new SovereigntyClaim.Unclaimed())),
                NOW.plusSeconds(300)));
        when(universe.names(any())).thenThrow(new UpstreamUnavailableException("names down"));

        var outcome = new SyncSovereigntyService(esi, universe, repository, CLOCK).sync();

        assertThat(outcome.status()).isEqualTo(Status.UPDATED);
        verify(repository).replaceHolders(List.of(new SystemHolder(JITA, null, 500001L, null)));
    }

    @Test
    void theActivityWindowsEndWithTheCurrentHourAndOthersAreRefused() {
        assertThat(ActivityWindow.of("1h").since(NOW)).isEqualTo(Instant.parse("2026-12-07T10:00:00Z"));
        assertThat(ActivityWindow.of("24h").since(NOW)).isEqualTo(Instant.parse("2026-12-06T11:00:00Z"));
        assertThatThrownBy(() -> ActivityWindow.of("7d")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("1h or 24h");
    }
}

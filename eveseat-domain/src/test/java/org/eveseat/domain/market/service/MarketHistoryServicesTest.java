package org.eveseat.domain.market.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eveseat.domain.market.MarketFixtures.sell;
import static org.eveseat.domain.market.PricingStaticData.PYERITE;
import static org.eveseat.domain.market.PricingStaticData.TRITANIUM;
import static org.eveseat.domain.market.service.PricingFixture.NOW;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eveseat.domain.market.FakeMarketEsi;
import org.eveseat.domain.market.model.MarketHistory;
import org.eveseat.domain.market.model.MarketHistoryDay;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.TradeHub;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.shared.UpstreamPausedException;
import org.eveseat.domain.shared.UpstreamUnavailableException;
import org.junit.jupiter.api.Test;

/** History on demand through storage, and the daily read of the hubs' most traded types. */
class MarketHistoryServicesTest {
    private static final RegionId FORGE = TradeHub.JITA.regionId();
    private final PricingFixture fixture = new PricingFixture();

    @Test
    void readsEsiOnceAndServesTheStoredCopyUntilItExpires() {
        fixture.esi.history(FORGE, TRITANIUM, FakeMarketEsi.fresh(List.of(day("2026-12-06", 100)),
                NOW.plusSeconds(3600)));

        MarketHistory first = history().history(FORGE, TRITANIUM);
        MarketHistory second = history().history(FORGE, TRITANIUM);

        assertThat(first.days()).hasSize(1);
        assertThat(second).isEqualTo(first);
        assertThat(fixture.esi.historyReads).hasSize(1);
        assertThat(fixture.storage.historyWrites).isEqualTo(1);
    }

    @Test
    void anExpiredCopyIsReadAgainAndA304OnlyMovesItsExpiry() {
        fixture.storage.save(new MarketHistory(FORGE, TRITANIUM, NOW.minusSeconds(1), List.of(day("2026-12-05", 7))));
        fixture.esi.history(FORGE, TRITANIUM, new EsiResult.Unchanged<>(NOW.plusSeconds(7200)));

        MarketHistory history = history().history(FORGE, TRITANIUM);

        assertThat(history.expiresAt()).isEqualTo(NOW.plusSeconds(7200));
        assertThat(history.days()).extracting(MarketHistoryDay::volume).containsExactly(7L);
        assertThat(fixture.storage.find(FORGE, TRITANIUM).orElseThrow().expiresAt()).isEqualTo(NOW.plusSeconds(7200));
    }

    @Test
    void anEsiFailureServesAnExpiredCopyOrFails() {
        fixture.storage.save(new MarketHistory(FORGE, TRITANIUM, NOW.minusSeconds(1), List.of(day("2026-12-05", 7))));
        fixture.esi.history(FORGE, TRITANIUM, new UpstreamUnavailableException("ESI is down"));
        fixture.esi.history(FORGE, PYERITE, new UpstreamUnavailableException("ESI is down"));

        assertThat(history().history(FORGE, TRITANIUM).days()).hasSize(1);
        assertThatThrownBy(() -> history().history(FORGE, PYERITE)).isInstanceOf(UpstreamUnavailableException.class);
    }

    @Test
    void unknownRegionsAndTypesAreNotFoundWithoutAskingEsi() {
        assertThatThrownBy(() -> history().history(new RegionId(10000999), TRITANIUM))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("region 10000999");
        assertThatThrownBy(() -> history().history(FORGE, new TypeId(999_999_999)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("type 999999999");
        assertThat(fixture.esi.historyReads).isEmpty();
    }

    @Test
    void averagesDailyVolumeOverCalendarDays() {
        List<MarketHistoryDay> days = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            days.add(day(LocalDate.parse("2026-10-01").plusDays(i).toString(), i % 2 == 0 ? 300 : 0));
        }
        days.removeIf(day -> day.volume() == 0); // ESI has no row for a day without trades
        MarketHistory history = new MarketHistory(FORGE, TRITANIUM, NOW, days);

        // the last 30 days (11 Oct - 9 Nov) hold 15 trading days of 300
        assertThat(history.averageDailyVolume(30)).hasValue(150);
    }

    @Test
    void syncsTheMostTradedTypesOfEachHubAndSkipsCurrentOnes() {
        List<MarketOrder> jita = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            jita.add(sell(TradeHub.JITA, 34, "5.00", 10));
        }
        jita.add(sell(TradeHub.JITA, 35, "9.00", 10));
        fixture.book.replace(FORGE, jita);
        fixture.storage.save(new MarketHistory(FORGE, PYERITE, NOW.plusSeconds(60), List.of()));
        fixture.esi.history(FORGE, TRITANIUM, FakeMarketEsi.fresh(List.of(day("2026-12-06", 5)), NOW.plusSeconds(9)));

        SyncOutcome outcome = hubSync(10).sync();

        assertThat(outcome.status()).isEqualTo(SyncOutcome.Status.UPDATED);
        assertThat(outcome.nextDue()).as("after ESI's 11:05 publication tomorrow")
                .isEqualTo(Instant.parse("2026-12-08T11:10:00Z"));
        assertThat(fixture.esi.historyReads).containsExactly(FORGE + "/" + TRITANIUM);
        assertThat(fixture.storage.find(FORGE, TRITANIUM)).isPresent();
    }

    @Test
    void withoutAnyHubBookItLooksAgainInAnHour() {
        SyncOutcome outcome = hubSync(10).sync();

        assertThat(outcome).extracting(SyncOutcome::status, SyncOutcome::nextDue)
                .containsExactly(SyncOutcome.Status.UNCHANGED, NOW.plusSeconds(3600));
        assertThat(fixture.esi.historyReads).isEmpty();
    }

    @Test
    void aPauseOfEsiDefersTheSyncAndRepeatedFailuresStopIt() {
        List<MarketOrder> orders = new ArrayList<>();
        for (long type = 1000; type < 1020; type++) {
            orders.add(sell(TradeHub.JITA, type, "1.00", 1));
            fixture.esi.history(FORGE, new TypeId(type), new UpstreamUnavailableException("ESI answered 502"));
        }
        fixture.book.replace(FORGE, orders);

        SyncOutcome failed = hubSync(100).sync();
        assertThat(failed.status()).isEqualTo(SyncOutcome.Status.FAILED);
        assertThat(fixture.esi.historyReads).as("stops at the tenth failure").hasSize(10);

        fixture.esi.history(FORGE, new TypeId(1000), new UpstreamPausedException("error limit low",
                NOW.plus(Duration.ofSeconds(40))));
        SyncOutcome deferred = hubSync(100).sync();
        assertThat(deferred.status()).isEqualTo(SyncOutcome.Status.DEFERRED);
        assertThat(deferred.nextDue()).isEqualTo(NOW.plusSeconds(40));
    }

    private ReadMarketHistoryService history() {
        return new ReadMarketHistoryService(new MarketPlaces(fixture.staticData), fixture.histories());
    }

    private SyncHubHistoryService hubSync(int typesPerHub) {
        return new SyncHubHistoryService(HubTypes.of(fixture.book, typesPerHub), fixture.histories(), fixture.clock);
    }

    private static MarketHistoryDay day(String date, long volume) {
        return new MarketHistoryDay(LocalDate.parse(date), Isk.of("5.00"), Isk.of("5.50"), Isk.of("4.50"), volume, 3);
    }
}

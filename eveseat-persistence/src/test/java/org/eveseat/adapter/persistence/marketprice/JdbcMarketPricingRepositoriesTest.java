package org.eveseat.adapter.persistence.marketprice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.market.model.MarketHistory;
import org.eveseat.domain.market.model.MarketHistoryDay;
import org.eveseat.domain.market.model.MarketPrice;
import org.eveseat.domain.market.model.TradeSkills;
import org.eveseat.domain.market.model.TraderProfile;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pricing storage on PostgreSQL with the real changelog. */
class JdbcMarketPricingRepositoriesTest {
    private static final RegionId FORGE = new RegionId(10000002);
    private static final TypeId TRITANIUM = new TypeId(34);
    private static final Instant EXPIRES = Instant.parse("2026-12-08T11:05:00Z");

    private final TestDatabase db = TestDatabase.get();
    private final JdbcMarketPriceRepository prices = new JdbcMarketPriceRepository(db.dataSource());
    private final JdbcMarketHistoryRepository histories = new JdbcMarketHistoryRepository(db.dataSource());
    private final JdbcTraderProfileRepository profiles = new JdbcTraderProfileRepository(db.dataSource());

    @BeforeEach
    void empty() {
        db.truncateApplicationTables();
    }

    @Test
    void aNewPriceListReplacesTheOldOneWhole() {
        prices.replaceAll(List.of(price(34, "5.12", "4.98"), price(35, "9.00", "9.10")));
        prices.replaceAll(List.of(price(34, "5.20", "5.01"), new MarketPrice(new TypeId(36), null, Isk.of("12.5"))));

        assertThat(prices.find(List.of(TRITANIUM, new TypeId(35), new TypeId(36)))).containsOnly(
                Map.entry(TRITANIUM, price(34, "5.20", "5.01")),
                Map.entry(new TypeId(36), new MarketPrice(new TypeId(36), null, Isk.of("12.50"))));
        assertThat(prices.count()).isEqualTo(2);
        assertThat(prices.page(1, 10)).extracting(MarketPrice::typeId).containsExactly(new TypeId(36));
    }

    @Test
    void aHistoryCopyIsReplacedWholeAndItsExpiryExtended() {
        histories.save(new MarketHistory(FORGE, TRITANIUM, EXPIRES, List.of(day("2026-12-05", 10), day("2026-12-06", 20))));
        histories.save(new MarketHistory(FORGE, TRITANIUM, EXPIRES, List.of(day("2026-12-06", 25), day("2026-12-07", 30))));
        histories.extend(FORGE, TRITANIUM, EXPIRES.plusSeconds(86_400));

        MarketHistory stored = histories.find(FORGE, TRITANIUM).orElseThrow();
        assertThat(stored.expiresAt()).isEqualTo(EXPIRES.plusSeconds(86_400));
        assertThat(stored.days()).containsExactly(day("2026-12-06", 25), day("2026-12-07", 30));
        assertThat(histories.find(new RegionId(10000043), TRITANIUM)).isEmpty();
    }

    @Test
    void anEmptyHistoryIsStillACopyWithItsExpiry() {
        histories.save(new MarketHistory(FORGE, TRITANIUM, EXPIRES, List.of()));

        assertThat(histories.find(FORGE, TRITANIUM)).contains(new MarketHistory(FORGE, TRITANIUM, EXPIRES, List.of()));
    }

    @Test
    void keepsTheLatestSkillsAndStandingsOfATrader() {
        CharacterId pilot = new CharacterId(90000001);
        assertThat(profiles.find(pilot)).isEmpty();

        profiles.saveStandings(pilot, Map.of(500001L, 2.5, 1000035L, -1.25));
        profiles.saveSkills(pilot, new TradeSkills(4, 5, 3));
        profiles.saveSkills(pilot, new TradeSkills(5, 5, 3));
        profiles.saveStandings(pilot, Map.of(500001L, 3.0));

        assertThat(profiles.find(pilot)).contains(new TraderProfile(new TradeSkills(5, 5, 3), Map.of(500001L, 3.0)));
        assertThat(profiles.find(new CharacterId(90000002))).isEmpty();
    }

    private static MarketPrice price(long type, String average, String adjusted) {
        return new MarketPrice(new TypeId(type), Isk.of(average), Isk.of(adjusted));
    }

    private static MarketHistoryDay day(String date, long volume) {
        return new MarketHistoryDay(LocalDate.parse(date), Isk.of("5.01"), Isk.of("5.30"), Isk.of("4.90"), volume, 7);
    }
}

package org.eveseat.domain.market.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eveseat.domain.market.service.PricingFixture.NOW;

import java.util.ArrayList;
import java.util.List;

import org.eveseat.domain.market.model.MarketPrice;
import org.eveseat.domain.market.model.MarketPricePage;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.shared.UpstreamUnavailableException;
import org.junit.jupiter.api.Test;

class MarketPricesServicesTest {
    private final PricingFixture fixture = new PricingFixture();
    private final SyncMarketPricesService sync = new SyncMarketPricesService(fixture.esi, fixture.storage,
            fixture.clock);

    @Test
    void storesAFreshListWholeAndNothingOnA304() {
        fixture.esi.prices(new EsiResult.Fresh<>(List.of(price(34, "5.12", "4.98"), price(35, null, "9.10")),
                NOW.plusSeconds(3600)));

        SyncOutcome stored = sync.sync();
        fixture.esi.prices(new EsiResult.Unchanged<>(NOW.plusSeconds(7200)));
        SyncOutcome unchanged = sync.sync();

        assertThat(stored).extracting(SyncOutcome::status, SyncOutcome::nextDue)
                .containsExactly(SyncOutcome.Status.UPDATED, NOW.plusSeconds(3600));
        assertThat(unchanged.status()).isEqualTo(SyncOutcome.Status.UNCHANGED);
        assertThat(fixture.storage.priceWrites).isEqualTo(1);
        ReadMarketPricesService read = new ReadMarketPricesService(fixture.storage);
        assertThat(read.price(new TypeId(34))).contains(price(34, "5.12", "4.98"));
        assertThat(read.prices(List.of(new TypeId(35), new TypeId(36)))).containsOnlyKeys(new TypeId(35));
        assertThat(read.prices(List.of())).isEmpty();
    }

    @Test
    void aFailedReadIsRetriedInFiveMinutes() {
        fixture.esi.prices(new UpstreamUnavailableException("ESI answered 503"));

        assertThat(sync.sync()).extracting(SyncOutcome::status, SyncOutcome::nextDue)
                .containsExactly(SyncOutcome.Status.FAILED, NOW.plusSeconds(300));
    }

    @Test
    void listsThePricesByPagesOfAThousand() {
        List<MarketPrice> prices = new ArrayList<>();
        for (int type = 1; type <= 1500; type++) {
            prices.add(price(type, "1.00", "1.00"));
        }
        fixture.storage.replaceAll(prices);
        ListMarketPricesService list = new ListMarketPricesService(fixture.storage);

        MarketPricePage second = list.page(2);

        assertThat(second.prices()).hasSize(500).first().extracting(MarketPrice::typeId).isEqualTo(new TypeId(1001));
        assertThat(second.total()).isEqualTo(1500);
        assertThat(list.page(3).prices()).isEmpty();
        assertThatThrownBy(() -> list.page(0)).isInstanceOf(RuleViolationException.class);
    }

    private static MarketPrice price(long type, String average, String adjusted) {
        return new MarketPrice(new TypeId(type), average == null ? null : Isk.of(average), Isk.of(adjusted));
    }
}

package org.eveseat.domain.market.service;

import java.time.Clock;
import java.time.Duration;

import org.eveseat.domain.market.port.in.SyncMarketPricesUseCase;
import org.eveseat.domain.market.port.out.MarketEsi;
import org.eveseat.domain.market.port.out.MarketPriceRepository;
import org.eveseat.domain.shared.DomainException;
import org.eveseat.domain.shared.SyncOutcome;

/**
 * Reads {@code /markets/prices} (about 15,000 types, cached an hour by ESI) and replaces the stored list with it;
 * a 304 writes nothing. The next read is due when ESI's copy expires.
 */
public class SyncMarketPricesService implements SyncMarketPricesUseCase {
    static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(5);

    private final MarketEsi esi;
    private final MarketPriceRepository prices;
    private final Clock clock;

    public SyncMarketPricesService(MarketEsi esi, MarketPriceRepository prices, Clock clock) {
        this.esi = esi;
        this.prices = prices;
        this.clock = clock;
    }

    @Override
    public SyncOutcome sync() {
        try {
            var read = esi.prices();
            return SyncOutcome.afterReads(read.storeIfFresh(prices::replaceAll), read);
        } catch (DomainException e) {
            return SyncOutcome.failed(e, clock.instant().plus(RETRY_AFTER_FAILURE));
        }
    }
}

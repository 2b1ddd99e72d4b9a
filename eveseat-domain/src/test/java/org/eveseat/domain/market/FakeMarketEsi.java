package org.eveseat.domain.market;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eveseat.domain.market.model.MarketHistoryDay;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.MarketPrice;
import org.eveseat.domain.market.model.OrderFilter;
import org.eveseat.domain.market.port.out.MarketEsi;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;

/** ESI's public market reads as a test sets them up: a queued answer (or failure) per history, and the prices. */
public class FakeMarketEsi implements MarketEsi {
    public final List<String> historyReads = new ArrayList<>();
    private final Map<String, Object> histories = new HashMap<>();
    private Object prices;

    public void history(RegionId region, TypeId type, Object answerOrFailure) {
        histories.put(region + "/" + type, answerOrFailure);
    }

    public void prices(Object answerOrFailure) {
        prices = answerOrFailure;
    }

    public static EsiResult<List<MarketHistoryDay>> fresh(List<MarketHistoryDay> days, Instant expires) {
        return new EsiResult.Fresh<>(days, expires);
    }

    @Override
    public EsiResult<List<MarketOrder>> regionOrders(RegionId regionId, OrderFilter filter) {
        throw new UnsupportedOperationException("the book is read from storage");
    }

    @Override
    @SuppressWarnings("unchecked")
    public EsiResult<List<MarketHistoryDay>> history(RegionId regionId, TypeId typeId) {
        historyReads.add(regionId + "/" + typeId);
        return (EsiResult<List<MarketHistoryDay>>) answer(histories.get(regionId + "/" + typeId));
    }

    @Override
    @SuppressWarnings("unchecked")
    public EsiResult<List<MarketPrice>> prices() {
        return (EsiResult<List<MarketPrice>>) answer(prices);
    }

    private static Object answer(Object answerOrFailure) {
        if (answerOrFailure instanceof RuntimeException failure) {
            throw failure;
        }
        if (answerOrFailure == null) {
            throw new IllegalStateException("the test set no answer");
        }
        return answerOrFailure;
    }
}

package org.eveseat.domain.market.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.eveseat.domain.shared.Isk;

/**
 * The figures a trader reads first off a book: best bid (highest buy) and best ask (lowest sell), the spread in ISK
 * and as a percentage of the best ask, the volume on each side, and the volume within 5% of the best price (what
 * can be traded without moving the price much). Prices are null on a side without orders.
 */
public record BookSummary(Isk bestBid, Isk bestAsk, Isk spread, BigDecimal spreadPercent, long bidVolume,
                          long askVolume, long bidVolumeWithin5, long askVolumeWithin5) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal ABOVE = new BigDecimal("1.05");
    private static final BigDecimal BELOW = new BigDecimal("0.95");

    /** @param sells sell orders, cheapest first; @param buys buy orders, dearest first */
    public static BookSummary of(List<MarketOrder> sells, List<MarketOrder> buys) {
        Isk ask = sells.isEmpty() ? null : sells.get(0).price();
        Isk bid = buys.isEmpty() ? null : buys.get(0).price();
        Isk spread = ask == null || bid == null ? null : new Isk(ask.amount().subtract(bid.amount()));
        BigDecimal percent = spread == null || ask.amount().signum() == 0 ? null
                : spread.amount().multiply(HUNDRED).divide(ask.amount(), 2, RoundingMode.HALF_EVEN);
        long askWithin = ask == null ? 0 : volume(sells.stream()
                .filter(o -> o.price().amount().compareTo(ask.amount().multiply(ABOVE)) <= 0).toList());
        long bidWithin = bid == null ? 0 : volume(buys.stream()
                .filter(o -> o.price().amount().compareTo(bid.amount().multiply(BELOW)) >= 0).toList());
        return new BookSummary(bid, ask, spread, percent, volume(buys), volume(sells), bidWithin, askWithin);
    }

    private static long volume(List<MarketOrder> orders) {
        return orders.stream().mapToLong(MarketOrder::volumeRemain).sum();
    }
}

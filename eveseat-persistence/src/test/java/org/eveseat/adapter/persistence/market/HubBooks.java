package org.eveseat.adapter.persistence.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.OrderRange;
import org.eveseat.domain.market.model.TradeHub;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.TypeId;

/**
 * Order books at the five hubs shaped like the real ones: Jita holds most orders and types, the others fewer of
 * both; a type's price is its own (log-uniform, 1 ISK to 1 billion) moved a few percent per hub, sells above it
 * and buys below, so some pairs of hubs pay and most do not. A fixed seed makes every run the same.
 */
final class HubBooks {
    /** Share of Jita's order count and of the market types each hub trades, in the order of {@link TradeHub#ALL}. */
    private static final double[] ORDER_SHARE = {1, 0.25, 0.14, 0.08, 0.08};
    private static final double[] TYPE_SHARE = {0.9, 0.6, 0.45, 0.35, 0.35};

    private HubBooks() {
    }

    /** The orders of each hub (index as in {@link TradeHub#ALL}); {@code jitaOrders} sets the size of all. */
    static List<List<MarketOrder>> generate(List<TypeId> marketTypes, int jitaOrders, long seed) {
        Random random = new Random(seed);
        double[] basePrice = new double[marketTypes.size()];
        for (int i = 0; i < basePrice.length; i++) {
            basePrice[i] = Math.pow(10, random.nextDouble() * 9);
        }
        long orderId = 6_000_000_000L;
        Instant issued = Instant.parse("2026-12-01T00:00:00Z");
        List<List<MarketOrder>> books = new ArrayList<>();
        for (int h = 0; h < TradeHub.ALL.size(); h++) {
            TradeHub hub = TradeHub.ALL.get(h);
            List<Integer> types = new ArrayList<>();
            for (int i = 0; i < marketTypes.size(); i++) {
                types.add(i);
            }
            Collections.shuffle(types, random);
            types = types.subList(0, (int) (types.size() * TYPE_SHARE[h]));
            int orders = (int) (jitaOrders * ORDER_SHARE[h]);
            List<MarketOrder> book = new ArrayList<>(orders);
            for (int o = 0; o < orders; o++) {
                // a skewed pick: a few types hold many orders, as Tritanium or PLEX do
                int t = types.get((int) (types.size() * Math.pow(random.nextDouble(), 2.5)));
                double hubPrice = basePrice[t] * (0.93 + 0.14 * ((t * 31 + h * 17) % 100) / 100.0);
                boolean buy = random.nextDouble() < 0.4;
                double price = hubPrice * (buy ? 1 - 0.3 * random.nextDouble() : 1 + 0.3 * random.nextDouble());
                long volume = 1 + (long) Math.pow(10, random.nextDouble() * 5);
                book.add(new MarketOrder(++orderId, marketTypes.get(t), buy, new Isk(BigDecimal.valueOf(
                        Math.max(0.01, Math.round(price * 100) / 100.0))), volume, volume, 1,
                        buy ? OrderRange.STATION : OrderRange.REGION, hub.stationId(), hub.systemId(),
                        issued.plusSeconds(o), 90));
            }
            books.add(book);
        }
        return books;
    }
}

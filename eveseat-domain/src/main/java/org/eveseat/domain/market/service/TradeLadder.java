package org.eveseat.domain.market.service;

import java.util.List;

import org.eveseat.domain.market.model.TradeMode;
import org.eveseat.domain.shared.TypeId;

/**
 * Walks one type's ladders: the source's sell orders from the cheapest, against the destination's buy orders from
 * the dearest (IMMEDIATE) or against one sell order listed a cent under the destination's cheapest (ORDER), as
 * long as a unit still earns something after fees. Each step is one lot, so the volume at each price counts.
 */
final class TradeLadder {
    static final double TICK = 0.01;

    private TradeLadder() {
    }

    static void walk(TypeId type, double unitVolume, StationBook.Ladder source, StationBook.Ladder destination,
                     TradeMode mode, double kept, List<TradeLot> lots) {
        if (mode == TradeMode.ORDER) {
            order(type, unitVolume, source, destination.prices()[0] - TICK, kept, lots);
        } else {
            immediate(type, unitVolume, source, destination, kept, lots);
        }
    }

    private static void immediate(TypeId type, double unitVolume, StationBook.Ladder sells,
                                  StationBook.Ladder buys, double kept, List<TradeLot> lots) {
        int i = 0;
        int j = 0;
        long leftAtSell = sells.volumes()[0];
        long leftAtBuy = buys.volumes()[0];
        while (i < sells.size() && j < buys.size() && sells.prices()[i] < buys.prices()[j] * kept) {
            long quantity = Math.min(leftAtSell, leftAtBuy);
            lots.add(new TradeLot(type, quantity, sells.prices()[i], buys.prices()[j], buys.prices()[j] * kept,
                    unitVolume));
            leftAtSell -= quantity;
            leftAtBuy -= quantity;
            if (leftAtSell == 0 && ++i < sells.size()) {
                leftAtSell = sells.volumes()[i];
            }
            if (leftAtBuy == 0 && ++j < buys.size()) {
                leftAtBuy = buys.volumes()[j];
            }
        }
    }

    private static void order(TypeId type, double unitVolume, StationBook.Ladder sells, double listPrice,
                              double kept, List<TradeLot> lots) {
        double net = listPrice * kept;
        for (int i = 0; i < sells.size() && sells.prices()[i] < net; i++) {
            lots.add(new TradeLot(type, sells.volumes()[i], sells.prices()[i], listPrice, net, unitVolume));
        }
    }
}

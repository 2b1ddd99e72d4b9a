package org.eveseat.domain.market.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eveseat.domain.shared.TypeId;

/**
 * Fills a hold from the lots of one route within the cargo (m3) and the ISK at hand: best lots first (most profit
 * for the share of the scarcer limit they use), whole units only, at most {@code maxItems} types. A greedy fill of
 * two limits is not always the best one, but it is close and takes a sort, where the exact one is a knapsack.
 */
final class CargoFill {
    /** What the fill took of one type, summed over its lots. */
    static final class Taken {
        final TypeId typeId;
        final double unitVolume;
        long quantity;
        double cost;
        double price;
        double kept;

        Taken(TypeId typeId, double unitVolume) {
            this.typeId = typeId;
            this.unitVolume = unitVolume;
        }

        double profit() {
            return kept - cost;
        }
    }

    private CargoFill() {
    }

    /** {@code cargo} and {@code isk} may be infinite. */
    static List<Taken> fill(List<TradeLot> lots, double cargo, double isk, int maxItems) {
        List<TradeLot> best = new ArrayList<>(lots);
        best.sort(Comparator.comparingDouble((TradeLot lot) -> lot.score(cargo, isk)).reversed());
        Map<TypeId, Taken> taken = new LinkedHashMap<>();
        double cargoLeft = cargo;
        double iskLeft = isk;
        for (TradeLot lot : best) {
            Taken type = taken.get(lot.typeId());
            if (type == null && taken.size() == maxItems) {
                continue;
            }
            long quantity = Math.min(lot.quantity(), Math.min(units(cargoLeft, lot.unitVolume()),
                    units(iskLeft, lot.cost())));
            if (quantity <= 0) {
                continue;
            }
            if (type == null) {
                type = new Taken(lot.typeId(), lot.unitVolume());
                taken.put(lot.typeId(), type);
            }
            type.quantity += quantity;
            type.cost += quantity * lot.cost();
            type.price += quantity * lot.price();
            type.kept += quantity * lot.kept();
            cargoLeft -= quantity * lot.unitVolume();
            iskLeft -= quantity * lot.cost();
        }
        return new ArrayList<>(taken.values());
    }

    /** How many units of the given size fit into what is left (a rounding hair over is forgiven). */
    private static long units(double left, double size) {
        if (size <= 0 || Double.isInfinite(left)) {
            return Long.MAX_VALUE;
        }
        return (long) Math.floor(left / size + 1e-9);
    }
}

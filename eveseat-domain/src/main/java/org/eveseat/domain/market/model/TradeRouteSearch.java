package org.eveseat.domain.market.model;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.universe.model.RouteFlag;

/**
 * Which trade routes to find, between the five trade hubs ({@link TradeHub}): {@code fromStationId} or
 * {@code toStationId} null means every hub; the cargo (m3) and the ISK to spend are unlimited when null. Routes
 * earning less than {@code minProfit} or longer than {@code maxJumps} (when given) are left out; at most
 * {@code limit} routes, each with at most {@code maxItems} types. Jumps are planned with {@code flag} (secure
 * unless asked otherwise).
 */
public record TradeRouteSearch(Long fromStationId, Long toStationId, Double cargoM3, Isk isk, Isk minProfit,
                               Integer maxJumps, TradeMode mode, TradeFees fees, TradeRouteSort sort, int limit,
                               int maxItems, RouteFlag flag) {
    public static final int MAX_LIMIT = 100;
    public static final int MAX_ITEMS = 1000;

    public TradeRouteSearch {
        Require.positiveIfPresent(fromStationId, "from station");
        Require.positiveIfPresent(toStationId, "to station");
        if (fromStationId != null && fromStationId.equals(toStationId)) {
            throw new RuleViolationException("from and to are the same station: " + fromStationId);
        }
        if (cargoM3 != null && !(cargoM3 > 0 && cargoM3 <= 1e12)) {
            throw new RuleViolationException("cargo must be more than 0 and at most 1e12 m3, not " + cargoM3);
        }
        if (isk != null && isk.amount().signum() <= 0) {
            throw new RuleViolationException("isk must be more than 0, not " + isk.amount());
        }
        if (maxJumps != null) {
            Require.between(maxJumps, 0, 1000, "max jumps");
        }
        minProfit = minProfit == null ? Isk.of("0") : minProfit;
        mode = mode == null ? TradeMode.IMMEDIATE : mode;
        fees = fees == null ? TradeFees.DEFAULT : fees;
        sort = sort == null ? TradeRouteSort.PROFIT : sort;
        Require.between(limit, 1, MAX_LIMIT, "limit");
        Require.between(maxItems, 1, MAX_ITEMS, "max items");
        flag = flag == null ? RouteFlag.SECURE : flag;
    }

    /** Between two stations (null: every hub), with everything else at its default. */
    public static TradeRouteSearch between(Long fromStationId, Long toStationId) {
        return new TradeRouteSearch(fromStationId, toStationId, null, null, null, null, null, null, null, 20, 100,
                null);
    }
}

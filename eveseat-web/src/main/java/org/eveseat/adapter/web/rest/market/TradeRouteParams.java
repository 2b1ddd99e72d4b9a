package org.eveseat.adapter.web.rest.market;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;

import jakarta.ws.rs.QueryParam;

import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.domain.market.model.TradeFees;
import org.eveseat.domain.market.model.TradeMode;
import org.eveseat.domain.market.model.TradeRouteSearch;
import org.eveseat.domain.market.model.TradeRouteSort;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.universe.model.RouteFlag;

/**
 * The trade route query. Fees not given are the defaults of {@link TradeFees#DEFAULT} (an untrained pilot's, as
 * the profit calculator counts them); a caller that knows a character's skills passes its rates.
 */
public class TradeRouteParams {
    @QueryParam("from")
    String from;
    @QueryParam("to")
    String to;
    @QueryParam("cargo")
    String cargo;
    @QueryParam("isk")
    String isk;
    @QueryParam("minProfit")
    String minProfit;
    @QueryParam("maxJumps")
    String maxJumps;
    @QueryParam("mode")
    String mode;
    @QueryParam("sort")
    String sort;
    @QueryParam("limit")
    String limit;
    @QueryParam("maxItems")
    String maxItems;
    @QueryParam("flag")
    String flag;
    @QueryParam("brokerFeePercent")
    String brokerFeePercent;
    @QueryParam("salesTaxPercent")
    String salesTaxPercent;

    TradeRouteSearch search() {
        BigDecimal cargoM3 = RequestParams.decimal(cargo, "cargo");
        BigDecimal iskToSpend = RequestParams.decimal(isk, "isk");
        BigDecimal least = RequestParams.decimal(minProfit, "minProfit");
        Long jumps = RequestParams.optionalId(maxJumps, "maxJumps");
        return new TradeRouteSearch(RequestParams.optionalId(from, "from"), RequestParams.optionalId(to, "to"),
                cargoM3 == null ? null : cargoM3.doubleValue(), iskToSpend == null ? null : new Isk(iskToSpend),
                least == null ? null : new Isk(least), jumps == null ? null : (int) Math.min(jumps, 1001),
                choice(TradeMode.class, mode, "mode"), fees(), choice(TradeRouteSort.class, sort, "sort"),
                RequestParams.limit(limit, 20, TradeRouteSearch.MAX_LIMIT), items(),
                flag == null || flag.isEmpty() ? RouteFlag.SECURE : RouteFlag.of(flag));
    }

    /** Whether the caller gave a fee of its own (else both are the defaults). */
    boolean feesTyped() {
        return brokerFeePercent != null && !brokerFeePercent.isEmpty()
                || salesTaxPercent != null && !salesTaxPercent.isEmpty();
    }

    private int items() {
        Long items = RequestParams.optionalId(maxItems, "maxItems");
        if (items != null && items > TradeRouteSearch.MAX_ITEMS) {
            throw new RuleViolationException("maxItems must be between 1 and " + TradeRouteSearch.MAX_ITEMS);
        }
        return items == null ? 100 : items.intValue();
    }

    private TradeFees fees() {
        BigDecimal broker = RequestParams.decimal(brokerFeePercent, "brokerFeePercent");
        BigDecimal tax = RequestParams.decimal(salesTaxPercent, "salesTaxPercent");
        return new TradeFees(broker == null ? TradeFees.DEFAULT.brokerFeePercent() : broker,
                tax == null ? TradeFees.DEFAULT.salesTaxPercent() : tax);
    }

    /** An enum constant by its camel-case name (iskPerJump for ISK_PER_JUMP); null when absent. */
    static <E extends Enum<E>> E choice(Class<E> type, String text, String name) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(value -> camel(value.name()).equals(text)).findFirst()
                .orElseThrow(() -> new RuleViolationException(name + " must be one of " + Arrays.stream(
                        type.getEnumConstants()).map(value -> camel(value.name())).toList() + ", not " + text));
    }

    static String camel(String constant) {
        StringBuilder camel = new StringBuilder();
        for (String word : constant.toLowerCase(Locale.ROOT).split("_")) {
            camel.append(camel.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return camel.toString();
    }
}
